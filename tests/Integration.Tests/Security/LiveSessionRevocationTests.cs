using System.Net;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Integration.Tests.Security;

/// <summary>A live connection authenticates once, when it opens; ending its session must end its staff board too.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveSessionRevocationTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_chief_judges_revoked_session_loses_its_live_staff_board_and_cannot_watch_again()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var token = await contest.SignInAsync("CHIEF");
        var chief = await WatchStaffBoardAsync(contest, options => options.AccessTokenProvider = () => Task.FromResult<string?>(token));
        await using var connection = chief.Connection;

        (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/CHIEF/sessions/revoke", null)).EnsureSuccessStatusCode();

        await chief.Closed.Task.WaitAsync(TimeSpan.FromSeconds(3));
        await AssertNoMoreDeltasAsync(contest, chief);
        await connection.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() =>
            connection.InvokeAsync<LeaderboardView>("WatchEvent", contest.ContestId, TestContest.EventCode));
    }

    [Fact]
    public async Task Signing_out_closes_the_consoles_live_connection_at_once()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (console, cookies, _) = await SignInAsync(contest);
        var organizer = await WatchStaffBoardAsync(contest, options => options.Cookies = cookies);
        await using var connection = organizer.Connection;

        Assert.Equal(HttpStatusCode.NoContent, (await console.PostAsync("/api/account/sign-out", null)).StatusCode);

        // Nothing on the grains records a sign-out: only closing the connection ends it.
        await organizer.Closed.Task.WaitAsync(TimeSpan.FromSeconds(2));
        await AssertNoMoreDeltasAsync(contest, organizer);
    }

    [Fact]
    public async Task An_account_disabled_elsewhere_loses_its_live_connection_within_seconds()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (_, cookies, userName) = await SignInAsync(contest);
        var organizer = await WatchStaffBoardAsync(contest, options => options.Cookies = cookies);
        await using var connection = organizer.Connection;

        // Straight on the grain, as another web node would: this node learns it only from its timed re-check.
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", false, [contest.ContestId], Disabled: true));

        await organizer.Closed.Task.WaitAsync(StaffConnectionsRecheck + TimeSpan.FromSeconds(3));
        await AssertNoMoreDeltasAsync(contest, organizer);
    }

    private static TimeSpan StaffConnectionsRecheck => Competitions.Web.Live.StaffConnections.RecheckEvery;

    private async Task<(HttpClient Console, CookieContainer Cookies, string UserName)> SignInAsync(TestContest contest)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var password = SecretHash.NewSecret();
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", false, [contest.ContestId], password));
        var cookies = new CookieContainer();
        var console = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = fixture.BaseAddress };
        (await console.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(userName, password))).EnsureSuccessStatusCode();
        var account = await (await console.GetAsync("/api/account")).ReadAsync<AccountResponse>();
        console.DefaultRequestHeaders.Add(AuthenticationSetup.AntiforgeryHeader, account.CsrfToken);
        return (console, cookies, userName);
    }

    /// <summary>Opens a connection, watches the event's staff board and waits for a first delta, so it is known to be receiving.</summary>
    private async Task<StaffWatcher> WatchStaffBoardAsync(TestContest contest, Action<HttpConnectionOptions> configure)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.BaseAddress, "/hubs/live"), options =>
            {
                // As the pages connect: a cookie-signed POST to negotiate would need the anti-forgery header.
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                configure(options);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var watcher = new StaffWatcher(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<LeaderboardView>("WatchEvent", contest.ContestId, TestContest.EventCode);
        (await contest.MarkAsync("C1", "J1", "A2", 1m)).EnsureSuccessStatusCode();
        await WaitUntilAsync(() => watcher.Deltas > 0, TimeSpan.FromSeconds(5));
        return watcher;
    }

    private static async Task AssertNoMoreDeltasAsync(TestContest contest, StaffWatcher watcher)
    {
        var received = watcher.Deltas;
        (await contest.MarkAsync("C3", "J1", "A2", 3m)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(received, watcher.Deltas);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for a staff delta.");
            await Task.Delay(50);
        }
    }

    private sealed class StaffWatcher
    {
        private int _deltas;

        public StaffWatcher(HubConnection connection)
        {
            Connection = connection;
            connection.On<LeaderboardDelta>("boardChanged", _ => Interlocked.Increment(ref _deltas));
            connection.Closed += _ =>
            {
                Closed.TrySetResult();
                return Task.CompletedTask;
            };
        }

        public HubConnection Connection { get; }

        public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Deltas => Volatile.Read(ref _deltas);
    }
}
