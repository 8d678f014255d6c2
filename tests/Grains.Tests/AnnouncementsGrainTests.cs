using Competitions.Contracts;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Announcements;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class AnnouncementsGrainTests(GrainCluster cluster)
{
    [Fact]
    public async Task A_message_and_each_acknowledgement_are_stored_once_however_often_they_are_resent()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var announcements = cluster.Grains.GetGrain<IAnnouncementsGrain>(sample.EventKey);
        var request = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "请各位裁判10:00到A区集合");

        var sent = await announcements.Send(SampleEvent.Organizer, request);
        var resent = await announcements.Send(SampleEvent.Organizer, request);
        var acknowledged = await announcements.Acknowledge(Caller.Judge("J1"), request.AnnouncementId, "tablet-1");
        cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await announcements.Acknowledge(Caller.Judge("J1"), request.AnnouncementId, "tablet-1");
        var reused = await Assert.ThrowsAsync<CompetitionRuleException>(() => announcements.Send(SampleEvent.Organizer, request with { Text = "另一条" }));

        Assert.Equal(["CHIEF", "J1", "J2"], sent.Addressees.Select(a => a.JudgeId));
        Assert.Equal("评委J1", sent.Addressees[1].Name);
        Assert.Equal(sent.SentAt, resent.SentAt);
        Assert.Equal(acknowledged, again);
        Assert.Equal("entry-id-reused", reused.Code);
        var rows = await cluster.Ledger.ReadStreamAsync(LedgerStreams.Announcements(sample.EventKey));
        Assert.Equal(
            [LedgerKinds.AnnouncementToJudges, LedgerKinds.AnnouncementAddressed, LedgerKinds.AnnouncementAddressed, LedgerKinds.AnnouncementAddressed, LedgerKinds.AnnouncementAcknowledged],
            rows.Select(r => r.Record.Kind));
        Assert.Equal(["CHIEF", "J2"], (await announcements.List(SampleEvent.Organizer)).Single().Addressees.Where(a => a.AcknowledgedAt is null).Select(a => a.JudgeId));
    }

    [Fact]
    public async Task A_message_stored_by_an_attempt_whose_answer_was_lost_is_answered_from_the_ledger_on_the_resend()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var announcements = cluster.Grains.GetGrain<IAnnouncementsGrain>(sample.EventKey);
        var request = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "暂停评分十分钟");

        cluster.Ledger.FailNextAppends(1, afterStoring: true);
        await Assert.ThrowsAsync<IOException>(() => announcements.Send(Caller.Judge("CHIEF"), request));
        var resent = await announcements.Send(Caller.Judge("CHIEF"), request);
        cluster.Ledger.FailNextAppends(1, afterStoring: true);
        await Assert.ThrowsAsync<IOException>(() => announcements.Acknowledge(Caller.Judge("J2"), request.AnnouncementId, null));
        var acknowledged = await announcements.Acknowledge(Caller.Judge("J2"), request.AnnouncementId, null);

        Assert.True(resent.FromChiefJudge);
        Assert.Equal(["J1", "J2"], resent.Addressees.Select(a => a.JudgeId));
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Equal(4, (await cluster.Ledger.ReadStreamAsync(LedgerStreams.Announcements(sample.EventKey))).Count);
    }

    [Fact]
    public async Task A_banner_shows_until_its_time_runs_out_or_it_is_withdrawn()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var contest = cluster.Grains.GetGrain<IAnnouncementsGrain>(sample.ContestId);
        var lunch = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "午餐时间 12:00–13:00", 30);
        var ceremony = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "颁奖典礼 16:00 开始");

        await contest.Send(SampleEvent.Organizer, lunch);
        await contest.Send(SampleEvent.Organizer, ceremony);
        var both = await contest.GetBanners();
        cluster.Clock.Advance(TimeSpan.FromMinutes(31));
        var afterLunch = await contest.GetBanners();
        var withdrawn = await contest.Withdraw(SampleEvent.Organizer, ceremony.AnnouncementId);
        var chief = await Assert.ThrowsAsync<CompetitionRuleException>(() => contest.Send(Caller.Judge("CHIEF"), ceremony with { AnnouncementId = Guid.NewGuid() }));

        Assert.Equal([ceremony.AnnouncementId, lunch.AnnouncementId], both.Banners.Select(b => b.Id));
        Assert.Equal((sample.ContestId, (string?)null), (both.ContestId, both.EventCode));
        Assert.Equal([ceremony.AnnouncementId], afterLunch.Banners.Select(b => b.Id));
        Assert.False(withdrawn.IsShowing);
        Assert.Empty((await contest.GetBanners()).Banners);
        Assert.True((await contest.GetBanners()).Version > both.Version);
        Assert.Equal("organizers-only", chief.Code);
    }
}
