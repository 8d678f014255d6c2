using System.Text;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Advancement;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Imports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Rounds;

/// <summary>
/// A contest in two rounds set up through the API: a preliminary (初赛) run at two venues at once, P-A and P-B, each
/// with its own judge and chief judge, imported from one roster file and marked on one measured aspect (A1, 0–10 in steps of 0.5);
/// and a final (决赛), F, drawing the best three of both venues ranked together.
/// </summary>
public sealed class TwoRoundContest(HttpClient organizer, string contestId)
{
    public HttpClient Organizer { get; } = organizer;

    public string ContestId { get; } = contestId;

    /// <summary>Preliminary marks: P-A's A1–A4 and P-B's B1–B4, so the combined order is A1 B1 A2 B2 A3 B3 A4 B4.</summary>
    public static readonly IReadOnlyDictionary<string, (string Event, decimal Mark)> PreliminaryMarks = new Dictionary<string, (string, decimal)>
    {
        ["A1"] = ("P-A", 9m),
        ["A2"] = ("P-A", 7m),
        ["A3"] = ("P-A", 5m),
        ["A4"] = ("P-A", 3m),
        ["B1"] = ("P-B", 8m),
        ["B2"] = ("P-B", 6m),
        ["B3"] = ("P-B", 4m),
        ["B4"] = ("P-B", 2m),
    };

    public static readonly Dictionary<string, string> Judges = new()
    {
        ["JA"] = "P-A",
        ["CA"] = "P-A",
        ["JB"] = "P-B",
        ["CB"] = "P-B",
        ["JF"] = "F",
        ["CF"] = "F",
    };

    public string EventPath(string code) => $"/api/contests/{ContestId}/events/{code}";

    public string AdvancementPath => $"{EventPath("F")}/advancement";

    /// <summary>Both preliminaries marked in full, locked and published (appeals open for two hours); the final defined.</summary>
    public static async Task<TwoRoundContest> CreateAsync(CompetitionsFixture fixture, AdvancementDefinition? rule = null)
    {
        var contest = new TwoRoundContest(fixture.CreateOrganizerClient(), $"r{Guid.NewGuid():N}"[..12]);
        await (await contest.Organizer.PostJsonAsync("/api/contests", new ContestDefinition(
            contest.ContestId, "市职工技能大赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 20), "Asia/Shanghai", ["实训楼A", "实训楼B", "会展中心"])))
            .ReadAsync<ContestView>();
        foreach (var judgeId in Judges.Keys)
        {
            await (await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/judges/{judgeId}", new JudgeRequest($"评委{judgeId}", $"Org-{judgeId}")))
                .ReadAsync<object>();
        }

        await contest.DefineAsync(new EventDefinition("P-A", "车工 初赛（A 赛点）", "实训楼A", Stage: "初赛"), "JA", "CA");
        await contest.DefineAsync(new EventDefinition("P-B", "车工 初赛（B 赛点）", "实训楼B", Stage: "初赛"), "JB", "CB");
        var roster = new StringBuilder("赛项,编号,姓名,单位,代表队,身份证号,现等级\r\n");
        foreach (var (id, (code, _)) in PreliminaryMarks)
        {
            roster.Append(CultureInvariant($"{code},{id},选手{id},企业{id},{(id.EndsWith('1') || id.EndsWith('2') ? "福田区" : "南山区")},,\r\n"));
        }

        var import = await contest.Organizer.PostFileAsync($"/api/contests/{contest.ContestId}/imports/competitors?commit=true", Encoding.UTF8.GetBytes(roster.ToString()), "初赛名单.csv");
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        foreach (var code in new[] { "P-A", "P-B" })
        {
            await contest.MarkAndPublishAsync(code, PreliminaryMarks.Where(m => m.Value.Event == code).ToDictionary(m => m.Key, m => m.Value.Mark));
        }

        await contest.DefineAsync(new EventDefinition("F", "车工 决赛", "会展中心", Stage: "决赛", NoticeHours: 0m, AppealHours: 0m,
            Advancement: rule ?? new AdvancementDefinition(["P-A", "P-B"], AdvancementKind.TopPlaces, Places: 3)), "JF", "CF");
        return contest;
    }

    public async Task DefineAsync(EventDefinition definition, string judgeId, string chiefId)
    {
        var path = EventPath(definition.Code);
        await (await Organizer.PutJsonAsync(path, definition)).ReadAsync<EventView>();
        await (await Organizer.PutJsonAsync($"{path}/scheme", new MarkingSchemeDefinition(
            [new CriterionDefinition("A", "加工质量", [new AspectDefinition("A1", "综合评价", AspectKind.Measurement, 10m, 0.5m)])]))).ReadAsync<EventView>();
        await (await Organizer.PutJsonAsync($"{path}/panels", new PanelSetup(chiefId, [new JudgePanel("P1", [judgeId], ["A"], [])]))).ReadAsync<EventView>();
    }

    /// <summary>Starts marking, enters each competitor's mark by the event's judge, locks and publishes.</summary>
    public async Task MarkAndPublishAsync(string code, IReadOnlyDictionary<string, decimal> marks)
    {
        var path = EventPath(code);
        var judgeId = Judges.First(j => j.Value == code && j.Key.StartsWith('J')).Key;
        await (await Organizer.PostJsonAsync($"{path}/status", new StatusChangeRequest(EventStatus.Scoring))).ReadAsync<EventView>();
        foreach (var (competitorId, mark) in marks)
        {
            var entered = await Organizer.PostJsonAsync($"{path}/competitors/{competitorId}/marks", new MarkRequest(Guid.NewGuid(), "A1", mark, judgeId, "test-tablet"));
            Assert.True(entered.IsSuccessStatusCode, await entered.Content.ReadAsStringAsync());
        }

        await (await Organizer.PostJsonAsync($"{path}/status", new StatusChangeRequest(EventStatus.Locked))).ReadAsync<EventView>();
        await (await Organizer.PostJsonAsync($"{path}/status", new StatusChangeRequest(EventStatus.Published))).ReadAsync<EventView>();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
