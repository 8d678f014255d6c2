using System.Net;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Competitions.Web.Exports;
using UglyToad.PdfPig;

namespace Competitions.Integration.Tests.Exports;

[Collection(ClusterCollection.Name)]
public sealed class ResultsNoticeTests(CompetitionsFixture fixture)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static string Local(DateTimeOffset? instant) =>
        $"{TimeZoneInfo.ConvertTime(instant!.Value, Shanghai):yyyy-MM-dd HH:mm} (Asia/Shanghai)";

    private static async Task<(HttpStatusCode Status, string Text)> NoticeAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return (response.StatusCode, string.Concat(document.GetPages().Select(p => p.Text)));
    }

    private static string EventNotice(TestContest contest) => $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/notice.pdf";

    private static string ContestNotice(TestContest contest) => $"/api/public/contests/{contest.ContestId}/notice.pdf";

    [Fact]
    public async Task Anyone_prints_a_published_events_notice_with_its_results_deadlines_in_local_time_and_signature_lines()
    {
        var contest = await PublishedContest.CreateAsync(fixture, noticeHours: 24m, appealHours: 2m);
        var view = await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>();
        var board = await contest.LeaderboardAsync();

        foreach (var path in new[] { EventNotice(contest), ContestNotice(contest) })
        {
            var (status, text) = await NoticeAsync(fixture.CreateClient(), path);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("车工（职工组）（E1）成绩公示", text, StringComparison.Ordinal);
            // A row's cells follow each other, so each name stands beside its own rank, organisation and total.
            foreach (var row in board.Rows)
            {
                Assert.Contains($"{row.Rank}{row.Name}{row.Organisation}{row.Delegation}", text, StringComparison.Ordinal);
                Assert.Contains($"{Figures.Format(row.Total)}{AwardLabels.Of(row.Award)}", text, StringComparison.Ordinal);
            }

            Assert.Contains($"公示期 Notice period: {Local(view.PublishedAt)} 至 to {Local(view.NoticeUntil)}", text, StringComparison.Ordinal);
            Assert.Contains($"申诉截止 Appeals until: {Local(view.AppealsUntil)}", text, StringComparison.Ordinal);
            Assert.Contains("申诉方式 How to appeal", text, StringComparison.Ordinal);
            Assert.Contains("裁判长 Chief judge（签字 Signature）", text, StringComparison.Ordinal);
            Assert.Contains("组委会 Organizing committee（盖章 Seal）", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_codes_only_event_prints_blind_codes_as_its_public_board_does()
    {
        var contest = await PublishedContest.CreateAsync(fixture, publicNames: false);

        var (status, text) = await NoticeAsync(fixture.CreateClient(), EventNotice(contest));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("选手编号", text, StringComparison.Ordinal);
        Assert.Contains("K7Q2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("王伟", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_notice_before_publication_nor_while_the_public_board_holds_the_results()
    {
        var marking = await TestContest.CreateAsync(fixture);
        var held = await PublishedContest.CreateAsync(fixture);
        (await held.Organizer.PostJsonAsync($"{held.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Hidden))).EnsureSuccessStatusCode();

        foreach (var (contest, code) in new[] { (marking, "results-not-published"), (held, "results-held") })
        {
            var (eventStatus, eventProblem) = await NoticeAsync(fixture.CreateClient(), EventNotice(contest));
            var (contestStatus, contestProblem) = await NoticeAsync(fixture.CreateClient(), ContestNotice(contest));

            Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (eventStatus, contestStatus));
            Assert.Contains(code, eventProblem, StringComparison.Ordinal);
            Assert.Contains("results-not-published", contestProblem, StringComparison.Ordinal);
        }
    }
}
