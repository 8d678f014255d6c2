using Competitions.Contracts;
using Competitions.Web.Live;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Competitions.Web.Hosting;

public static class OrleansClientSetup
{
    /// <summary>
    /// The web host is an Orleans client that finds the silos' gateways in the PostgreSQL membership table.
    /// <c>Orleans:Client=External</c> leaves the client to the host (tests supply their test cluster's client).
    /// </summary>
    public static WebApplicationBuilder AddCompetitionsOrleansClient(this WebApplicationBuilder builder)
    {
        builder.Services.AddCompetitionsExceptionSerialization();
        var orleans = builder.Configuration.GetSection("Orleans");
        if (orleans["Client"] == "External")
        {
            // The host supplies the cluster client; the dashboard's pages still need their services here.
            AddDashboard(new HostSuppliedClientBuilder(builder.Services, builder.Configuration));

            return builder;
        }

        var connectionString = builder.Configuration.GetConnectionString("Competitions")
            ?? throw new InvalidOperationException("No connection string: set ConnectionStrings__Competitions.");
        builder.UseOrleansClient(client =>
        {
            if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                // Traces follow a request from the web node into the grains.
                client.AddActivityPropagation();
            }
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = orleans["ClusterId"] ?? "competitions";
                options.ServiceId = orleans["ServiceId"] ?? "competitions";
            });
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            });
            // As on the silos (ClusterTimings): a call in flight to a silo that dies fails after 10 s, not 30; the mark
            // path does not wait that long anyway (ClusterCallBudget). A restarted silo's gateway is found within 10 s.
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(10));
            client.Services.Configure<ClientMessagingOptions>(orleans.GetSection("Messaging"));
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(10));
            // A lost gateway is a silo gone: the leaderboards it held come back elsewhere, without this node's
            // subscriptions, so they are renewed at once rather than on the feed's timer.
            client.AddGatewayCountChangedHandler(services => (_, change) =>
            {
                if (change.NumberOfConnectedGateways < change.PreviousNumberOfConnectedGateways)
                {
                    services.GetRequiredService<LeaderboardFeed>().ResubscribeSoon();
                }
            });
            AddDashboard(client);
        });
        return builder;
    }

    /// <summary><c>Orleans:Dashboard=false</c> turns the dashboard off, on silos and web nodes alike.</summary>
    public static bool DashboardEnabled(IConfiguration configuration) => configuration.GetValue("Orleans:Dashboard", true);

    private static void AddDashboard(IClientBuilder client)
    {
        if (!DashboardEnabled(client.Configuration))
        {
            return;
        }

        var loggers = client.Services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList();
        // Its log page would show this web node's own log, not the silos': misleading, so it is off.
        client.AddDashboard(options => options.HideTrace = true);
        // The logger that feeds that page then only costs time (a quarter of the marks/s measured here): removed.
        foreach (var added in client.Services.Where(d => d.ServiceType == typeof(ILoggerProvider)).Except(loggers).ToList())
        {
            client.Services.Remove(added);
        }
    }
}
