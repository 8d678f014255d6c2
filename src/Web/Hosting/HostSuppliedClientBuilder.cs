namespace Competitions.Web.Hosting;

/// <summary>
/// Lets client-side Orleans extensions (the dashboard's) register their services when the host supplies the cluster
/// client itself (<c>Orleans:Client=External</c>, as the test cluster does) instead of this web node building one.
/// </summary>
internal sealed class HostSuppliedClientBuilder(IServiceCollection services, IConfiguration configuration) : IClientBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;
}
