using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Scoring;

[Collection(ClusterCollection.Name)]
public sealed class OpenApiTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_the_marking_endpoints()
    {
        var document = await fixture.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/contests/{contestId}/events/{eventCode}/competitors/{competitorId}/marks", document, StringComparison.Ordinal);
        Assert.Contains("/api/sessions", document, StringComparison.Ordinal);
        Assert.Contains("/api/contests/{contestId}/marks", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_count_ledger_entries_for_organizers_only()
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.MarkAsync("C2", "J1", "A2", 2m)).EnsureSuccessStatusCode();

        var anonymous = await fixture.CreateClient().GetAsync("/metrics");
        var metrics = await fixture.CreateOrganizerClient().GetStringAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("competitions_ledger_entries", metrics, StringComparison.Ordinal);
        Assert.Contains("competitions_ledger_append_duration", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Orleans_dashboard_shows_both_silos_to_administrators_only()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var anonymous = fixture.CreateClient();
        using var judge = fixture.CreateClient(await contest.SignInAsync("J1"));
        using var organizer = await fixture.CreateConsoleClientAsync(administrator: false, contest.ContestId);
        using var administrator = await fixture.CreateConsoleClientAsync(administrator: true);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await judge.GetAsync("/dashboard/DashboardCounters")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await organizer.GetAsync("/dashboard/DashboardCounters")).StatusCode);

        Assert.Contains("<html", await administrator.GetStringAsync("/dashboard/"), StringComparison.OrdinalIgnoreCase);
        var counters = System.Text.Json.Nodes.JsonNode.Parse(await administrator.GetStringAsync("/dashboard/DashboardCounters"))!;
        Assert.Equal(2, counters["totalActiveHostCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Health_endpoints_report_a_live_process_and_a_reachable_cluster()
    {
        using var client = fixture.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
