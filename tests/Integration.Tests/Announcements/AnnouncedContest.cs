using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Scheme;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Announcements;

/// <summary>
/// The test contest with a second event, E2 (铣工), whose only judge is J9 and whose chief judge is CHIEF2: judges who
/// must never see or acknowledge what is said in E1.
/// </summary>
public static class AnnouncedContest
{
    public const string OtherEvent = "E2";

    public static async Task<TestContest> CreateAsync(CompetitionsFixture fixture)
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var judgeId in new[] { "J9", "CHIEF2" })
        {
            (await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/judges/{judgeId}", new JudgeRequest($"评委{judgeId}", $"Org-{judgeId}"))).EnsureSuccessStatusCode();
        }

        var path = $"/api/contests/{contest.ContestId}/events/{OtherEvent}";
        (await contest.Organizer.PutJsonAsync(path, new EventDefinition(OtherEvent, "铣工（职工组）", "实训楼B"))).EnsureSuccessStatusCode();
        (await contest.Organizer.PutJsonAsync($"{path}/scheme", new MarkingSchemeDefinition(
            [new CriterionDefinition("A", "尺寸精度", [new AspectDefinition("A1", "平面度", AspectKind.Judgement, 6m)])]))).EnsureSuccessStatusCode();
        (await contest.Organizer.PutJsonAsync($"{path}/panels", new PanelSetup("CHIEF2", [new JudgePanel("P1", ["J9"], ["A"], [])]))).EnsureSuccessStatusCode();
        return contest;
    }
}
