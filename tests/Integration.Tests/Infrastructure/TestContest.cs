using System.Net.Http.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>
/// A small contest set up through the API, as an organizer would: one event (30 % theory, 70 % practical) with
/// criterion A (A1 measurement 0–4 in 0.5 steps, A2 judgement max 6) marked by panel P1 (J1, J2) and criterion B
/// (B1 judgement max 10, trimmed mean) marked by panel P2 (J1–J5). J2 works for Org-A, like competitor C1, so J2 is
/// recused from C1. CHIEF is the chief judge.
/// </summary>
public sealed class TestContest(HttpClient organizer, string contestId)
{
    public const string EventCode = "E1";

    public string ContestId { get; } = contestId;

    public HttpClient Organizer { get; } = organizer;

    public string EventPath => $"/api/contests/{ContestId}/events/{EventCode}";

    public static readonly Dictionary<string, string> JudgeOrganisations = new()
    {
        ["J1"] = "Org-J1",
        ["J2"] = "Org-A",
        ["J3"] = "Org-J3",
        ["J4"] = "Org-J4",
        ["J5"] = "Org-J5",
        ["CHIEF"] = "Org-Chief",
    };

    /// <summary>Every mark each competitor's sheet expects: (aspect, judge).</summary>
    public static IReadOnlyList<(string Aspect, string Judge)> ExpectedMarks(string competitorId) =>
    [
        .. new[] { "J1", "J2" }.Where(j => !(competitorId == "C1" && j == "J2")).SelectMany(j => new[] { ("A1", j), ("A2", j) }),
        .. new[] { "J1", "J2", "J3", "J4", "J5" }.Where(j => !(competitorId == "C1" && j == "J2")).Select(j => ("B1", j)),
    ];

    public static Task<TestContest> CreateAsync(CompetitionsFixture fixture, bool startScoring = true) =>
        CreateAsync(fixture.CreateOrganizerClient(), startScoring);

    public static async Task<TestContest> CreateAsync(HttpClient organizer, bool startScoring = true)
    {
        var contest = new TestContest(organizer, $"t{Guid.NewGuid():N}"[..12]);
        await (await contest.Organizer.PostJsonAsync("/api/contests",
            new ContestDefinition(contest.ContestId, "测试大赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["实训楼A"])))
            .ReadAsync<ContestView>();
        foreach (var (judgeId, organisation) in JudgeOrganisations)
        {
            await (await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/judges/{judgeId}", new JudgeRequest($"评委{judgeId}", organisation)))
                .ReadAsync<object>();
        }

        await (await contest.Organizer.PutJsonAsync(contest.EventPath, new EventDefinition(EventCode, "车工（职工组）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m)))
            .ReadAsync<EventView>();
        await (await contest.Organizer.PutJsonAsync($"{contest.EventPath}/scheme", new MarkingSchemeDefinition(
        [
            new CriterionDefinition("A", "尺寸精度", [new AspectDefinition("A1", "外圆 Φ40", AspectKind.Measurement, 4m, 0.5m), new AspectDefinition("A2", "工艺规范", AspectKind.Judgement, 6m)]),
            new CriterionDefinition("B", "表面质量", [new AspectDefinition("B1", "表面粗糙度", AspectKind.Judgement, 10m, Aggregation: AggregationMethod.TrimmedMean)]),
        ]))).ReadAsync<EventView>();
        var competitors = await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors", new[]
        {
            new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2"),
            new CompetitorEntry("C2", "李娜", "Org-B", "南山区", 2, "M3X9"),
            new CompetitorEntry("C3", "张强", "Org-C", "宝安区", 3, "P8R4"),
        });
        Assert.True(competitors.IsSuccessStatusCode, await competitors.Content.ReadAsStringAsync());
        await (await contest.Organizer.PutJsonAsync($"{contest.EventPath}/panels", new PanelSetup("CHIEF",
        [
            new JudgePanel("P1", ["J1", "J2"], ["A"], []),
            new JudgePanel("P2", ["J1", "J2", "J3", "J4", "J5"], ["B"], []),
        ]))).ReadAsync<EventView>();
        if (startScoring)
        {
            await (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).ReadAsync<EventView>();
        }

        return contest;
    }

    public Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, EventStatus status) =>
        client.PostJsonAsync($"{EventPath}/status", new StatusChangeRequest(status));

    public Task<HttpResponseMessage> MarkAsync(string competitorId, string judgeId, string aspectId, decimal value, Guid? markId = null, HttpClient? client = null) =>
        (client ?? Organizer).PostJsonAsync($"{EventPath}/competitors/{competitorId}/marks",
            new MarkRequest(markId ?? Guid.NewGuid(), aspectId, value, judgeId, "test-tablet"));

    /// <summary>Enters every expected mark of a competitor: judgement 2 (3 from J1), measurement 3.5.</summary>
    public async Task CompleteSheetAsync(string competitorId, decimal judgementScore = 2m)
    {
        foreach (var (aspect, judge) in ExpectedMarks(competitorId))
        {
            var value = aspect == "A1" ? 3.5m : judge == "J1" ? 3m : judgementScore;
            (await MarkAsync(competitorId, judge, aspect, value)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Imports a competitor's theory score, as organizers do from the theory exam.</summary>
    public async Task RecordTheoryAsync(string competitorId, decimal score) =>
        (await Organizer.PostJsonAsync($"{EventPath}/competitors/{competitorId}/theory", new TheoryScore(Guid.NewGuid(), score))).EnsureSuccessStatusCode();

    public async Task<ScoresheetView> SheetAsync(string competitorId) =>
        await Organizer.GetFromJsonAsync<ScoresheetView>($"{EventPath}/competitors/{competitorId}/scoresheet", Json.Options) ?? throw new InvalidOperationException();

    public async Task<IReadOnlyList<LedgerEntryView>> LedgerAsync(string competitorId) =>
        await Organizer.GetFromJsonAsync<List<LedgerEntryView>>($"{EventPath}/competitors/{competitorId}/ledger", Json.Options) ?? [];

    /// <summary>Signs a judge in as his tablet does (a one-time code for a session) and returns the session token.</summary>
    public Task<string> SignInAsync(string judgeId) => SignInAsync(Organizer, ContestId, judgeId);

    public static async Task<string> SignInAsync(HttpClient organizer, string contestId, string judgeId)
    {
        var code = await (await organizer.PostAsync($"/api/contests/{contestId}/judges/{judgeId}/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();
        return (await (await organizer.PostJsonAsync("/api/sessions", new SignInRequest(code.Code))).ReadAsync<SessionResponse>()).Token;
    }

    public async Task<LeaderboardView> LeaderboardAsync() =>
        await Organizer.GetFromJsonAsync<LeaderboardView>($"{EventPath}/leaderboard", Json.Options) ?? throw new InvalidOperationException();
}
