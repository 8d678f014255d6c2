using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Competitions.Web.Hosting;

/// <summary>Ready when this node's Orleans client reaches the cluster and the cluster has an active silo.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} active silos")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The cluster is not reachable.", e);
        }
    }
}
