using System.Net;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Schemes;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class SchemeRevisionTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task During_marking_a_scheme_changes_only_as_a_new_version_with_a_reason_that_keeps_entered_marks_meaningful()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C2");
        var view = await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>();
        var before = (await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C2");
        var a2 = view.Scheme.Criteria[0].Aspects[1];
        var revised = new MarkingSchemeDefinition([view.Scheme.Criteria[0] with { Aspects = [view.Scheme.Criteria[0].Aspects[0], a2 with { MaxMark = 12m }] }, view.Scheme.Criteria[1]]);
        var revisions = $"{contest.EventPath}/scheme/revisions";

        var plainSave = await contest.Organizer.PutJsonAsync($"{contest.EventPath}/scheme", revised);
        var withoutReason = await contest.Organizer.PostJsonAsync(revisions, new SchemeRevisionRequest(revised, " "));
        var removingAnAspect = await contest.Organizer.PostJsonAsync(revisions, new SchemeRevisionRequest(
            new MarkingSchemeDefinition([view.Scheme.Criteria[0] with { Aspects = [a2] }, view.Scheme.Criteria[1]]), "A1 取消"));
        var accepted = await (await contest.Organizer.PostJsonAsync(revisions, new SchemeRevisionRequest(revised, "A2 工艺规范分值调整为 12 分"))).ReadAsync<EventView>();

        Assert.Equal(HttpStatusCode.Conflict, plainSave.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, removingAnAspect.StatusCode);
        Assert.Contains("A1 has marks", await removingAnAspect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((2, 26m), (accepted.SchemeVersion, accepted.Scheme.MaxTotal));

        // C2's marks now count against the new maxima: its practical part moves without a single new mark.
        decimal after;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            after = (await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C2").Practical;
        }
        while (after == before.Practical && clock.Elapsed < TimeSpan.FromSeconds(10));

        Assert.NotEqual(before.Practical, after);
        var ledger = await (await contest.Organizer.GetAsync($"{contest.EventPath}/exports/ledger.csv")).Content.ReadAsStringAsync();
        Assert.Contains(LedgerKinds.SchemeRevised, ledger, StringComparison.Ordinal);
        Assert.Contains("A2 工艺规范分值调整为 12 分", ledger, StringComparison.Ordinal);
    }
}
