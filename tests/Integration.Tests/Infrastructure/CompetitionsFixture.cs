using System.Net.Http.Headers;
using Competitions.Contracts.Sessions;
using Competitions.Silo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL database, a two-silo Orleans test cluster on it and the web API in front of it, shared by
/// the tests of a collection. Tests isolate themselves by creating their own contest.
/// </summary>
public sealed class CompetitionsFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _web;

    public string OrganizerKey { get; } = SecretHash.NewSecret();

    public PostgresDatabase Database { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Database = await PostgresDatabase.CreateAsync();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        var connectionString = Database.ConnectionString;
        builder.ConfigureSilo((_, silo) => silo.AddCompetitionsGrains(connectionString));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        _web = new CompetitionsWebFactory(Cluster.Client, OrganizerKey);
    }

    /// <summary>An HTTP client of the web API; with a token it sends it as a bearer token.</summary>
    public HttpClient CreateClient(string? token = null)
    {
        var client = _web!.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public HttpClient CreateOrganizerClient() => CreateClient(OrganizerKey);

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class CompetitionsWebFactory(IClusterClient client, string organizerKey) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Orleans:Client", "External");
            builder.UseSetting("Auth:OrganizerKeys:0", organizerKey);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(client);
                services.AddSingleton<IGrainFactory>(client);
            });
        }
    }
}
