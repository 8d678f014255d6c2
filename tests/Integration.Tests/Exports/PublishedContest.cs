using Competitions.Contracts.Events;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Exports;

/// <summary>
/// The test contest marked in full, locked and published, with prize shares that give C3, C2 and C1 one prize each
/// (first, second, third) and theory scores with decimals so totals carry two places.
/// </summary>
public static class PublishedContest
{
    /// <param name="beforeMarking">runs once marking has started, before any mark: to enter ID numbers, say.</param>
    public static async Task<TestContest> CreateAsync(
        CompetitionsFixture fixture, bool publicNames = true, decimal appealHours = 2m, Func<TestContest, Task>? beforeMarking = null, decimal noticeHours = 0m)
    {
        var contest = await TestContest.CreateAsync(fixture);
        if (beforeMarking is not null)
        {
            await beforeMarking(contest);
        }

        (await contest.Organizer.PutJsonAsync(contest.EventPath, new EventDefinition(
            TestContest.EventCode, "车工（职工组）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m,
            Awards: new AwardRuleDefinition(34m, 33m, 33m, 0m), PublicNames: publicNames, NoticeHours: noticeHours, AppealHours: appealHours))).EnsureSuccessStatusCode();
        foreach (var (competitorId, judgement, theory) in new[] { ("C1", 1m, 61.75m), ("C2", 2m, 88.25m), ("C3", 3m, 95m) })
        {
            await contest.CompleteSheetAsync(competitorId, judgement);
            await contest.RecordTheoryAsync(competitorId, theory);
        }

        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).EnsureSuccessStatusCode();
        return contest;
    }
}
