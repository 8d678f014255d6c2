using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Announcements;
using Competitions.Domain.Ledger;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Announcements;

/// <summary>Announcements through the API on PostgreSQL: who may send, see and acknowledge, and the ledger they leave.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AnnouncementApiTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_message_to_an_events_judges_reaches_them_only_is_acknowledged_once_by_each_and_stays_in_the_verified_ledger()
    {
        var contest = await AnnouncedContest.CreateAsync(fixture);
        var messages = $"{contest.EventPath}/announcements";
        using var j1 = fixture.CreateClient(await contest.SignInAsync("J1"));
        using var j9 = fixture.CreateClient(await contest.SignInAsync("J9"));
        var request = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "请各位裁判10:00到A区集合");

        var sent = await (await contest.Organizer.PostJsonAsync(messages, request)).ReadAsync<AnnouncementView>();
        var resent = await (await contest.Organizer.PostJsonAsync(messages, request)).ReadAsync<AnnouncementView>();

        Assert.Equal(["CHIEF", "J1", "J2", "J3", "J4", "J5"], sent.Addressees.Select(a => a.JudgeId));
        Assert.Equal(sent.SentAt, resent.SentAt);
        Assert.Contains(await JudgeListAsync(j1), a => a.Id == request.AnnouncementId && a.EventCode == TestContest.EventCode && a.AcknowledgedAt is null);
        Assert.DoesNotContain(await JudgeListAsync(j9), a => a.Id == request.AnnouncementId);

        // A judge of the other event cannot acknowledge it, through E1's address or his own.
        await ExpectRefusalAsync(await j9.PostJsonAsync($"{messages}/{request.AnnouncementId}/acknowledgement", new AcknowledgementRequest("tablet-9")),
            HttpStatusCode.Forbidden, "announcement-not-addressed");
        await ExpectRefusalAsync(await j9.PostJsonAsync(
                $"/api/contests/{contest.ContestId}/events/{AnnouncedContest.OtherEvent}/announcements/{request.AnnouncementId}/acknowledgement", new AcknowledgementRequest("tablet-9")),
            HttpStatusCode.NotFound, "announcement-not-found");
        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync($"{messages}/{request.AnnouncementId}/acknowledgement", new AcknowledgementRequest()),
            HttpStatusCode.Forbidden, "announcement-not-addressed");

        var acknowledged = await (await j1.PostJsonAsync($"{messages}/{request.AnnouncementId}/acknowledgement", new AcknowledgementRequest("tablet-1"))).ReadAsync<JudgeAnnouncement>();
        var again = await (await j1.PostJsonAsync($"{messages}/{request.AnnouncementId}/acknowledgement", new AcknowledgementRequest("tablet-1"))).ReadAsync<JudgeAnnouncement>();
        var listed = Assert.Single(await (await contest.Organizer.GetAsync(messages)).ReadAsync<List<AnnouncementView>>());

        Assert.Equal(acknowledged.AcknowledgedAt, again.AcknowledgedAt);
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Equal(["J1"], listed.Addressees.Where(a => a.AcknowledgedAt is not null).Select(a => a.JudgeId));
        Assert.Equal("评委J2", listed.Addressees.Single(a => a.JudgeId == "J2").Name);

        var rows = await LedgerAsync(contest, $"{contest.EventPath}/exports/ledger.csv");
        Assert.True(rows.IsIntact, string.Join(Environment.NewLine, rows.Problems));
        var stream = $"announcements:{contest.ContestId}/{TestContest.EventCode}";
        var kinds = await fixture.Database.ScalarAsync<string>(
            $"SELECT string_agg(kind || ':' || coalesce(judge_id, ''), ',' ORDER BY sequence) FROM ledger_entries WHERE stream = '{stream}'");
        Assert.Equal(
            $"{LedgerKinds.AnnouncementToJudges}:,{string.Join(',', new[] { "CHIEF", "J1", "J2", "J3", "J4", "J5" }.Select(j => $"{LedgerKinds.AnnouncementAddressed}:{j}"))},{LedgerKinds.AnnouncementAcknowledged}:J1",
            kinds);
    }

    [Fact]
    public async Task Only_organizers_and_the_events_own_chief_judge_announce_and_follow_acknowledgements()
    {
        var contest = await AnnouncedContest.CreateAsync(fixture);
        var messages = $"{contest.EventPath}/announcements";
        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        using var otherChief = fixture.CreateClient(await contest.SignInAsync("CHIEF2"));
        using var judge = fixture.CreateClient(await contest.SignInAsync("J1"));
        var message = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "暂停评分十分钟");

        await ExpectRefusalAsync(await otherChief.PostJsonAsync(messages, message), HttpStatusCode.Forbidden, "chief-judge-only");
        await ExpectRefusalAsync(await otherChief.GetAsync(messages), HttpStatusCode.Forbidden, "chief-judge-only");
        await ExpectRefusalAsync(await judge.PostJsonAsync(messages, message), HttpStatusCode.Forbidden, "chief-judge-only");
        await ExpectRefusalAsync(await chief.PostJsonAsync($"/api/contests/{contest.ContestId}/announcements", message with { Audience = AnnouncementAudience.Public }),
            HttpStatusCode.Forbidden, "forbidden");
        await ExpectRefusalAsync(await fixture.CreateClient().GetAsync(messages), HttpStatusCode.Unauthorized, "unauthenticated");

        var sent = await (await chief.PostJsonAsync(messages, message)).ReadAsync<AnnouncementView>();

        Assert.True(sent.FromChiefJudge);
        // The chief does not acknowledge his own message.
        Assert.Equal(["J1", "J2", "J3", "J4", "J5"], sent.Addressees.Select(a => a.JudgeId));
        Assert.Single(await (await chief.GetAsync(messages)).ReadAsync<List<AnnouncementView>>());
        Assert.Equal(0, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM ledger_entries WHERE stream = 'announcements:{contest.ContestId}/{AnnouncedContest.OtherEvent}'"));
    }

    [Fact]
    public async Task Bad_announcements_are_refused_with_a_code_and_change_nothing()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var messages = $"{contest.EventPath}/announcements";

        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync(messages, new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "  ")),
            HttpStatusCode.BadRequest, "announcement-text-required");
        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync(messages, new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, new string('通', 501))),
            HttpStatusCode.BadRequest, "text-too-long");
        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync(messages, new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "集合", 30)),
            HttpStatusCode.BadRequest, "announcement-expiry");
        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/announcements", new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "集合")),
            HttpStatusCode.BadRequest, "announcement-audience");
        await ExpectRefusalAsync(await contest.Organizer.PostAsync(messages, new StringContent("""{"announcementId":"6f1c1a8e-7c3e-4a51-9d0e-2f5b8a0c1d2e","audience":"Everyone","text":"集合"}""", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "request-invalid");
        await ExpectRefusalAsync(await contest.Organizer.PostJsonAsync($"{messages}/{Guid.NewGuid()}/withdrawal", new { }), HttpStatusCode.NotFound, "announcement-not-found");

        Assert.Equal(0, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE stream LIKE 'announcements:{contest.ContestId}%'"));
    }

    [Fact]
    public async Task The_public_reads_public_banners_only_until_they_are_withdrawn_and_the_contests_ledger_verifies()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var anonymous = fixture.CreateClient();
        var eventBanner = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "E1 赛场下午推迟30分钟开放");
        var contestBanner = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "颁奖典礼16:00在体育馆举行", 120);
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/announcements", new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "裁判内部：评分表须签字"))).EnsureSuccessStatusCode();
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/announcements", eventBanner)).EnsureSuccessStatusCode();
        (await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/announcements", contestBanner)).EnsureSuccessStatusCode();

        var onEvent = await (await anonymous.GetAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/announcements")).ReadAsync<BannerBoard>();
        var onContest = await (await anonymous.GetAsync($"/api/public/contests/{contest.ContestId}/announcements")).ReadAsync<BannerBoard>();
        var raw = await anonymous.GetStringAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/announcements");

        Assert.Equal([eventBanner.Text], onEvent.Banners.Select(b => b.Text));
        Assert.Equal([contestBanner.Text], onContest.Banners.Select(b => b.Text));
        Assert.Equal(onContest.Banners[0].SentAt.AddMinutes(120), onContest.Banners[0].ExpiresAt);
        Assert.DoesNotContain("评分表须签字", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("sentBy", raw, StringComparison.OrdinalIgnoreCase);

        var withdrawn = await (await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/announcements/{contestBanner.AnnouncementId}/withdrawal", new { }))
            .ReadAsync<AnnouncementView>();
        await Task.Delay(1100); // past the public answers' one-second cache

        Assert.False(withdrawn.IsShowing);
        Assert.Empty((await (await anonymous.GetAsync($"/api/public/contests/{contest.ContestId}/announcements")).ReadAsync<BannerBoard>()).Banners);
        var ledger = await LedgerAsync(contest, $"/api/contests/{contest.ContestId}/exports/ledger.csv");
        Assert.True(ledger.IsIntact, string.Join(Environment.NewLine, ledger.Problems));
        Assert.Equal((1, 2), (ledger.Streams, ledger.Rows));
    }

    private static async Task<List<JudgeAnnouncement>> JudgeListAsync(HttpClient judge) =>
        await (await judge.GetAsync("/api/judge/announcements")).ReadAsync<List<JudgeAnnouncement>>();

    private static async Task<LedgerVerification> LedgerAsync(TestContest contest, string path)
    {
        var bytes = await contest.Organizer.GetByteArrayAsync(path);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LedgerVerification.Verify(reader);
    }

    /// <summary>The refusal is an RFC 7807 problem with the status and one of the codes given.</summary>
    private static async Task ExpectRefusalAsync(HttpResponseMessage response, HttpStatusCode status, params string[] codes)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Contains(problem!["code"]!.GetValue<string>(), codes);
    }
}
