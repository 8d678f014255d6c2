using Competitions.Contracts;
using Competitions.Grains;
using Competitions.Grains.Ledger;
using Competitions.Grains.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Competitions.Grains.Tests;

/// <summary>
/// One in-process silo on memory storage, an <see cref="InMemoryLedgerStore"/> and a fake contest clock: the grains as
/// production runs them, without PostgreSQL or waiting for time to pass. Tests isolate themselves by contest id.
/// </summary>
public sealed class GrainCluster : IAsyncLifetime
{
    public InMemoryLedgerStore Ledger { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 12, 8, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Configuration);
            // As in production: state round-trips through the grains' own codecs, not JSON.
            silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Configuration)
                .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            silo.Services.AddSingleton<ILedgerStore>(Ledger);
            silo.Services.AddSingleton(new ContestClock(Clock));
            silo.Services.AddSingleton(new PersonRegistryKey(new string('k', 32)));
            silo.Services.AddCompetitionsExceptionSerialization();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
