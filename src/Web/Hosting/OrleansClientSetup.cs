using Competitions.Contracts;
using Orleans.Configuration;

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
        });
        return builder;
    }
}
