using Competitions.Domain.Announcements;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

/// <summary>An event whose chief judge is CHIEF, on whose panels J1 and J2 sit; the contest above it.</summary>
public sealed class AnnouncementRulesTests
{
    private static readonly Actor Organizer = new(true, null);
    private static readonly Actor Chief = new(false, "CHIEF");
    private static readonly Actor Nobody = new(false, null);
    private static readonly AnnouncementScope Event = AnnouncementScope.Event("CHIEF");
    private static readonly AnnouncementScope Contest = AnnouncementScope.Contest;
    private static readonly DateTimeOffset Now = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);

    private static Actor Judge(string id) => new(false, id);

    private static Refusal? Send(Actor actor, AnnouncementScope scope, AnnouncementAudience audience, string? text = "午餐时间推迟至12:30", int? expires = null, int addressees = 3) =>
        AnnouncementRules.Send(actor, scope, audience, text, expires, addressees);

    [Theory]
    [InlineData("organizer", false, AnnouncementAudience.Judges, null)]
    [InlineData("organizer", false, AnnouncementAudience.Public, null)]
    [InlineData("organizer", true, AnnouncementAudience.Public, null)]
    [InlineData("CHIEF", false, AnnouncementAudience.Judges, null)]
    [InlineData("CHIEF", false, AnnouncementAudience.Public, null)]
    [InlineData("CHIEF", true, AnnouncementAudience.Public, "organizers-only")]
    [InlineData("J1", false, AnnouncementAudience.Judges, "chief-judge-only")]
    [InlineData("J1", false, AnnouncementAudience.Public, "chief-judge-only")]
    [InlineData("J1", true, AnnouncementAudience.Public, "organizers-only")]
    [InlineData("public", false, AnnouncementAudience.Public, "chief-judge-only")]
    [InlineData("public", true, AnnouncementAudience.Public, "organizers-only")]
    [InlineData("organizer", true, AnnouncementAudience.Judges, "announcement-audience")]
    public void Organizers_announce_anywhere_a_chief_judge_in_his_own_event_and_nobody_else(string who, bool contest, AnnouncementAudience audience, string? refusal)
    {
        var actor = who switch { "organizer" => Organizer, "public" => Nobody, _ => Judge(who) };
        Assert.Equal(refusal, Send(actor, contest ? Contest : Event, audience)?.Code);
    }

    [Fact]
    public void The_chief_judge_of_another_event_is_refused_here()
    {
        var refusal = Send(Judge("CHIEF-2"), Event, AnnouncementAudience.Judges);

        Assert.Equal(("chief-judge-only", RefusalKind.Forbidden), (refusal?.Code, refusal?.Kind));
        Assert.NotNull(AnnouncementRules.MayAnnounce(Judge("CHIEF-2"), Event));
        Assert.Null(AnnouncementRules.MayAnnounce(Chief, Event));
    }

    [Fact]
    public void An_unknown_audience_is_refused() =>
        Assert.Equal("announcement-audience", Send(Organizer, Event, (AnnouncementAudience)7)?.Code);

    [Theory]
    [InlineData(null, "announcement-text-required")]
    [InlineData("   \n ", "announcement-text-required")]
    [InlineData("=HYPERLINK(\"x\")", "text-formula")]
    [InlineData("请注意\u0007", "text-control-character")]
    [InlineData("第一行\n第二行", null)]
    public void An_announcement_says_something_in_plain_text(string? text, string? refusal) =>
        Assert.Equal(refusal, Send(Organizer, Event, AnnouncementAudience.Public, text)?.Code);

    [Fact]
    public void An_announcement_is_at_most_a_few_sentences_long()
    {
        Assert.Null(Send(Organizer, Event, AnnouncementAudience.Judges, new string('评', AnnouncementRules.TextMax)));
        Assert.Equal("text-too-long", Send(Organizer, Event, AnnouncementAudience.Judges, new string('评', AnnouncementRules.TextMax + 1))?.Code);
    }

    [Theory]
    [InlineData(AnnouncementAudience.Public, 30, null)]
    [InlineData(AnnouncementAudience.Public, AnnouncementRules.ExpiryMaxMinutes, null)]
    [InlineData(AnnouncementAudience.Public, 0, "announcement-expiry")]
    [InlineData(AnnouncementAudience.Public, AnnouncementRules.ExpiryMaxMinutes + 1, "announcement-expiry")]
    [InlineData(AnnouncementAudience.Judges, 30, "announcement-expiry")]
    public void Only_a_public_banner_expires_and_within_a_week(AnnouncementAudience audience, int minutes, string? refusal) =>
        Assert.Equal(refusal, Send(Organizer, Event, audience, expires: minutes)?.Code);

    [Fact]
    public void A_message_to_judges_needs_someone_to_reach()
    {
        Assert.Equal("announcement-no-judges", Send(Organizer, Event, AnnouncementAudience.Judges, addressees: 0)?.Code);
        Assert.Null(Send(Organizer, Event, AnnouncementAudience.Public, addressees: 0));
    }

    [Fact]
    public void A_message_reaches_every_panel_judge_and_the_chief_but_not_its_sender()
    {
        Assert.Equal(["CHIEF", "J1", "J2"], AnnouncementRules.Addressees(["J2", "J1", "J1"], "CHIEF", Organizer));
        Assert.Equal(["J1", "J2"], AnnouncementRules.Addressees(["J2", "J1"], "CHIEF", Chief));
        Assert.Equal(["J1"], AnnouncementRules.Addressees(["J1"], null, Organizer));
    }

    [Fact]
    public void Only_an_addressed_judge_acknowledges_a_message()
    {
        var message = Message(AnnouncementAudience.Judges, "J1", "J2");

        Assert.Null(AnnouncementRules.Acknowledge(message, Judge("J1")));
        Assert.Equal("announcement-not-addressed", AnnouncementRules.Acknowledge(message, Judge("J3"))?.Code);
        Assert.Equal("announcement-not-addressed", AnnouncementRules.Acknowledge(message, Organizer)?.Code);
        Assert.Equal("announcement-not-addressed", AnnouncementRules.Acknowledge(Message(AnnouncementAudience.Public), Judge("J1"))?.Code);
        Assert.Equal(("announcement-not-found", RefusalKind.NotFound), (AnnouncementRules.Acknowledge(null, Judge("J1"))?.Code, AnnouncementRules.Acknowledge(null, Judge("J1"))?.Kind));
    }

    [Fact]
    public void A_second_acknowledgement_is_no_refusal()
    {
        var acknowledged = Message(AnnouncementAudience.Judges, "J1") with { Acknowledgements = new Dictionary<string, DateTimeOffset> { ["J1"] = Now } };

        Assert.Null(AnnouncementRules.Acknowledge(acknowledged, Judge("J1")));
    }

    [Fact]
    public void A_public_banner_is_withdrawn_by_those_who_may_announce_there_and_a_message_to_judges_not_at_all()
    {
        var banner = Message(AnnouncementAudience.Public);

        Assert.Null(AnnouncementRules.Withdraw(banner, Organizer, Event));
        Assert.Null(AnnouncementRules.Withdraw(banner, Chief, Event));
        Assert.Null(AnnouncementRules.Withdraw(banner with { WithdrawnAt = Now, WithdrawnBy = "organizer" }, Organizer, Event));
        Assert.Equal("chief-judge-only", AnnouncementRules.Withdraw(banner, Judge("J1"), Event)?.Code);
        Assert.Equal("organizers-only", AnnouncementRules.Withdraw(banner, Chief, Contest)?.Code);
        Assert.Equal("announcement-not-withdrawable", AnnouncementRules.Withdraw(Message(AnnouncementAudience.Judges, "J1"), Organizer, Event)?.Code);
        Assert.Equal("announcement-not-found", AnnouncementRules.Withdraw(null, Organizer, Event)?.Code);
    }

    [Fact]
    public void A_banner_shows_until_it_is_withdrawn_or_expires()
    {
        var banner = Message(AnnouncementAudience.Public);
        var expiring = banner with { ExpiresAt = Now.AddMinutes(30) };

        Assert.True(banner.IsShowing(Now.AddDays(3)));
        Assert.True(expiring.IsShowing(Now.AddMinutes(29)));
        Assert.False(expiring.IsShowing(Now.AddMinutes(30)));
        Assert.False((banner with { WithdrawnAt = Now.AddMinutes(1) }).IsShowing(Now.AddMinutes(2)));
        Assert.False(Message(AnnouncementAudience.Judges, "J1").IsShowing(Now));
    }

    private static Announcement Message(AnnouncementAudience audience, params string[] addressees) =>
        new(Guid.NewGuid(), audience, "请各位裁判到A区集合", "organizer", false, Now, null, addressees, new Dictionary<string, DateTimeOffset>());
}
