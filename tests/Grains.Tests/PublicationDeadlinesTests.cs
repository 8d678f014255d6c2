using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Workflow;

namespace Competitions.Grains.Tests;

/// <summary>The three moments after publication the console and the boards show: they differ when the two periods do.</summary>
public sealed class PublicationDeadlinesTests
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 10, 14, 15, 0, 0, TimeSpan.FromHours(8));

    private static EventView Published(decimal noticeHours, decimal appealHours) => new(
        "c1", new EventDefinition("E1", "车工", "实训楼A", NoticeHours: noticeHours, AppealHours: appealHours), MarkingSchemeDefinition.Empty,
        EventStatus.Published, 0, new PanelSetup(null, []), [], PublishedAt);

    [Fact]
    public void A_notice_period_shorter_than_the_appeal_window_ends_first_and_results_are_final_when_appeals_close()
    {
        var view = Published(noticeHours: 1m, appealHours: 24m);

        Assert.Equal(PublishedAt.AddHours(1), view.NoticeUntil);
        Assert.Equal(PublishedAt.AddHours(24), view.AppealsUntil);
        Assert.Equal(PublishedAt.AddHours(24), view.FinalFrom);
    }

    [Fact]
    public void A_notice_period_longer_than_the_appeal_window_decides_when_results_are_final()
    {
        var view = Published(noticeHours: 72m, appealHours: 2m);

        Assert.Equal(PublishedAt.AddHours(72), view.NoticeUntil);
        Assert.Equal(PublishedAt.AddHours(2), view.AppealsUntil);
        Assert.Equal(PublishedAt.AddHours(72), view.FinalFrom);
    }

    [Fact]
    public void Before_publication_there_are_no_deadlines()
    {
        var view = Published(1m, 2m) with { Status = EventStatus.Locked, PublishedAt = null };

        Assert.Null(view.NoticeUntil);
        Assert.Null(view.AppealsUntil);
        Assert.Null(view.FinalFrom);
    }
}
