using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;

namespace Competitions.Grains.Tests;

/// <summary>
/// A small event set up through the grains as the web API would: aspect A1 (measurement 0–4 in 0.5 steps) marked by
/// J1 and J2, competitors C1 and C2, chief judge CHIEF, 1 h notice period and 2 h for appeals.
/// </summary>
public sealed class SampleEvent(IGrainFactory grains, string contestId)
{
    public const string EventCode = "E1";

    public static readonly Caller Organizer = Caller.Organizer("organizer");

    public string ContestId { get; } = contestId;

    public string EventKey => Keys.Event(ContestId, EventCode);

    public IEventGrain Event => grains.GetGrain<IEventGrain>(EventKey);

    public ILeaderboardGrain Board => grains.GetGrain<ILeaderboardGrain>(EventKey);

    public IScoresheetGrain Sheet(string competitorId) => grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(EventKey, competitorId));

    public static async Task<SampleEvent> CreateAsync(IGrainFactory grains)
    {
        var sample = new SampleEvent(grains, $"g{Guid.NewGuid():N}"[..12]);
        await grains.GetGrain<IContestGrain>(sample.ContestId).Define(
            new ContestDefinition(sample.ContestId, "测试大赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["实训楼A"]));
        foreach (var judge in new[] { "J1", "J2", "CHIEF" })
        {
            await grains.GetGrain<IJudgeGrain>(Keys.Judge(sample.ContestId, judge)).Define(new JudgeProfile(judge, $"评委{judge}", $"Org-{judge}"));
        }

        await sample.Event.Define(new EventDefinition(EventCode, "车工", "实训楼A", NoticeHours: 1m, AppealHours: 2m));
        await sample.Event.SetScheme(new MarkingSchemeDefinition(
            [new CriterionDefinition("A", "尺寸", [new AspectDefinition("A1", "外圆", AspectKind.Measurement, 4m, 0.5m)])]));
        await sample.Event.RegisterCompetitors(
        [
            new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2"),
            new CompetitorEntry("C2", "李娜", "Org-B", "南山区", 2, "M3X9"),
        ]);
        await sample.Event.SetPanels(new PanelSetup("CHIEF", [new JudgePanel("P1", ["J1", "J2"], ["A"], [])]));
        await sample.Event.ChangeStatus(Organizer, EventStatus.Scoring);
        return sample;
    }

    public Task<LedgerReceipt> MarkAsync(string competitorId, string judgeId, decimal value, Guid? markId = null) =>
        Sheet(competitorId).SubmitMark(Caller.Judge(judgeId), new MarkSubmission(markId ?? Guid.NewGuid(), judgeId, "A1", value, "tablet"));

    /// <summary>Enters every mark of both sheets: C1 3.5, C2 3, from both judges.</summary>
    public async Task CompleteSheetsAsync()
    {
        foreach (var competitor in new[] { "C1", "C2" })
        {
            await MarkAsync(competitor, "J1", competitor == "C1" ? 3.5m : 3m);
            await MarkAsync(competitor, "J2", competitor == "C1" ? 3.5m : 3m);
        }
    }

    /// <summary>Marks every sheet, locks and publishes the event.</summary>
    public async Task PublishAsync()
    {
        await CompleteSheetsAsync();
        await Event.ChangeStatus(Organizer, EventStatus.Locked);
        await Event.ChangeStatus(Organizer, EventStatus.Published);
    }
}
