using System.Net;
using Competitions.Contracts;
using Competitions.Grains;
using Competitions.Grains.Ledger;
using Competitions.Grains.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;

namespace Competitions.Silo;

public static class CompetitionsSiloBuilder
{
    public const string ConnectionStringName = "Competitions";

    /// <summary>The services every silo needs, whether it clusters through PostgreSQL or runs in a test cluster.</summary>
    public static ISiloBuilder AddCompetitionsGrains(this ISiloBuilder silo, string connectionString, bool dashboard = true)
    {
        silo.AddAdoNetGrainStorage(StorageNames.Configuration, options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });

        // State crosses the wire with the same version-tolerant binary codecs ([GenerateSerializer]/[Id]) as grain
        // calls, rather than the provider's default JSON, so renamed members and records round-trip safely.
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Configuration)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        silo.Services.AddCompetitionsExceptionSerialization();
        silo.Services.AddSingleton<ILedgerStore, LedgerStore>();
        silo.Services.AddSingleton(new ContestClock(TimeProvider.System));
        if (dashboard)
        {
            // The Orleans Dashboard's statistics grains; web nodes serve its pages to administrators (see
            // Competitions.Web). It times every grain call, which costs throughput: Orleans:Dashboard=false turns it off.
            silo.AddDashboard();
        }

        return silo;
    }

    /// <summary>A production silo: ADO.NET clustering on the same PostgreSQL, endpoints from configuration.</summary>
    public static ISiloBuilder AddCompetitionsCluster(this ISiloBuilder silo, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionStringName} (or ConnectionStrings__{ConnectionStringName}).");
        var orleans = configuration.GetSection("Orleans");
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = orleans["ClusterId"] ?? "competitions";
            options.ServiceId = orleans["ServiceId"] ?? "competitions";
        });
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });
        silo.Configure<ClusterMembershipOptions>(ClusterTimings.ConfigureMembership);
        silo.Services.Configure<ClusterMembershipOptions>(orleans.GetSection("Membership"));
        silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ClusterTimings.ResponseTimeout);
        silo.Services.Configure<SiloMessagingOptions>(orleans.GetSection("Messaging"));
        if (orleans.GetValue("Kubernetes", false))
        {
            // Pod IP, names and cluster id come from the pod (see deploy/kubernetes); dead silos' pods are cleaned up.
            silo.UseKubernetesHosting();
        }
        else
        {
            silo.ConfigureEndpoints(
                AdvertisedAddress(orleans["AdvertisedIP"]),
                orleans.GetValue("SiloPort", 11111),
                orleans.GetValue("GatewayPort", 30000),
                listenOnAnyHostAddress: orleans.GetValue("ListenOnAnyHostAddress", false));
        }
        // Required, like the connection string: a silo without it could not find anyone already registered.
        silo.Services.AddSingleton(new PersonRegistryKey(configuration[PersonRegistryKey.Setting]
            ?? throw new InvalidOperationException($"Set {PersonRegistryKey.Setting} (or Registry__Key): the person registry's secret, the same on every silo.")));
        return silo.AddCompetitionsGrains(connectionString, orleans.GetValue("Dashboard", true));
    }

    /// <summary>
    /// The address other silos and clients reach this silo at: configured, or in a container the host's own address
    /// (compose gives each replica its own), else loopback for a single machine.
    /// </summary>
    private static IPAddress AdvertisedAddress(string? configured)
    {
        if (configured is not null)
        {
            return IPAddress.Parse(configured);
        }

        if (Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true")
        {
            return Dns.GetHostAddresses(Dns.GetHostName()).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        }

        return IPAddress.Loopback;
    }
}
