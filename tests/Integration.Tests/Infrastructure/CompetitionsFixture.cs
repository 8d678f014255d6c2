using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Sessions;
using Competitions.Grains.Registry;
using Competitions.Silo;
using Competitions.Web.Api;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans.TestingHost;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL database, a two-silo Orleans test cluster on it and the web host in front of it on a real
/// Kestrel port of 127.0.0.1 (so a browser can load the pages), shared by the tests of a collection. Tests isolate
/// themselves by creating their own contest.
/// </summary>
public sealed class CompetitionsFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _web;
    private Task<IBrowser>? _browser;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public string OrganizerKey { get; } = SecretHash.NewSecret();

    /// <summary>The person registry's key, the same for both silos, as production configures it.</summary>
    public string RegistryKey { get; } = SecretHash.NewSecret();

    public PostgresDatabase Database { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Database = await PostgresDatabase.CreateAsync();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        var connectionString = Database.ConnectionString;
        var registryKey = new PersonRegistryKey(RegistryKey);
        builder.ConfigureSilo((_, silo) => silo.AddCompetitionsGrains(connectionString).Services.AddSingleton(registryKey));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        var port = HostProcess.FreePort();
        var web = new CompetitionsWebFactory(Cluster.Client, OrganizerKey, connectionString);
        web.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        web.StartServer();
        _web = web;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Debian's Chromium driven by Playwright; started once, on first use.</summary>
    public Task<IBrowser> BrowserAsync() => _browser ??= LaunchBrowserAsync();

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            // Without these Chromium keeps dialling Google's services, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>An HTTP client of the web API; with a token it sends it as a bearer token.</summary>
    public HttpClient CreateClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public HttpClient CreateOrganizerClient() => CreateClient(OrganizerKey);

    /// <summary>
    /// A client whose requests come from another loopback address (127.0.0.0/8 is all this machine), so the server
    /// sees a different client address: a real connection, no forwarded header to trust.
    /// </summary>
    public HttpClient CreateClientFrom(IPAddress localAddress) => CreateClientFrom(localAddress, BaseAddress);

    /// <summary>The same for another web host on a real port (<see cref="WebNode"/>).</summary>
    public static HttpClient CreateClientFrom(IPAddress localAddress, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(localAddress, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    /// <summary>A loopback address no other test uses, for tests that count failures per client address.</summary>
    public static IPAddress NewLoopbackAddress() => new([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(2, 255)]);

    /// <summary>A Chromium page signed in to the organizer console with a new account (password generated).</summary>
    public async Task<IPage> ConsolePageAsync(AccountSetup setup)
    {
        var userName = $"a{Guid.NewGuid():N}"[..12];
        var password = SecretHash.NewSecret();
        await Grains.GetGrain<IAccountGrain>(userName).Save(setup with { Password = password });
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/organizer/");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The web host's services (its endpoint list, for instance).</summary>
    public IServiceProvider WebServices => _web!.Services;

    /// <summary>
    /// Creates an organizer account (administrator, or organizer of the given contests) and returns a client signed in
    /// with it the way the console is: a cookie, and the anti-forgery header on every request.
    /// </summary>
    public Task<HttpClient> CreateConsoleClientAsync(bool administrator, params string[] contestIds) =>
        CreateAccountClientAsync(new AccountSetup("组委会", administrator, contestIds));

    /// <summary>The same for any kind of account (an arbitrator, a team leader); the password is generated.</summary>
    public async Task<HttpClient> CreateAccountClientAsync(AccountSetup setup)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var password = SecretHash.NewSecret();
        await Grains.GetGrain<IAccountGrain>(userName).Save(setup with { Password = password });
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        (await client.PostJsonAsync("/api/account/sign-in", new { userName, password })).EnsureSuccessStatusCode();
        var account = await (await client.GetAsync("/api/account")).ReadAsync<AccountResponse>();
        client.DefaultRequestHeaders.Add(AuthenticationSetup.AntiforgeryHeader, account.CsrfToken);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await (await _browser).DisposeAsync();
            _playwright?.Dispose();
        }

        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Another web host on the same cluster, in memory, with its own settings (e.g. a tight rate limit).</summary>
    public WebApplicationFactory<Program> CreateWebHost(params (string Key, string Value)[] settings) =>
        new CompetitionsWebFactory(Cluster.Client, OrganizerKey, Database.ConnectionString, settings);

    private sealed class CompetitionsWebFactory(IClusterClient client, string organizerKey, string connectionString, params (string Key, string Value)[] settings)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The Orleans client is the test cluster's; the web host's own use of the database is the shared Data
            // Protection key ring. A test may point it elsewhere (its settings come after).
            builder.UseSetting("ConnectionStrings:Competitions", connectionString);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Orleans:Client", "External");
            // Every test signs in from 127.0.0.1: the per-address sign-in limit would throttle the suite.
            builder.UseSetting("Auth:SignInsPerMinute", "100000");
            builder.UseSetting("Auth:OrganizerKeys:0", organizerKey);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(client);
                services.AddSingleton<IGrainFactory>(client);
            });
        }
    }
}
