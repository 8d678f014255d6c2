using Orleans.Concurrency;

namespace Competitions.Contracts.Announcements;

/// <summary>
/// The announcements of one event (key: <see cref="Keys.Event"/>) or of a contest's public board (key: the contest id).
/// Its state is the fold of its own ledger stream; what may be announced, acknowledged and withdrawn by whom is decided
/// by <see cref="Domain.Announcements.AnnouncementRules"/>.
/// </summary>
public interface IAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sends a message to the event's judges (their tablets are told at once) or a banner to the public board (pushed to
    /// the web nodes that show it). A resend with the same id is answered with what was sent.
    /// </summary>
    Task<AnnouncementView> Send(Caller caller, AnnouncementRequest request);

    /// <summary>A judge the message was sent to acknowledges it, once: a repeat is answered with the first acknowledgement.</summary>
    Task<JudgeAnnouncement> Acknowledge(Caller caller, Guid announcementId, string? deviceId);

    /// <summary>Takes a public banner down; a repeat is answered with the first withdrawal.</summary>
    Task<AnnouncementView> Withdraw(Caller caller, Guid announcementId);

    /// <summary>Everything announced here with who has acknowledged it, newest first: for whoever may announce here.</summary>
    Task<IReadOnlyList<AnnouncementView>> List(Caller caller);

    /// <summary>The messages sent to this judge here, newest first, with his acknowledgements.</summary>
    [ReadOnly]
    Task<IReadOnlyList<JudgeAnnouncement>> ForJudge(string judgeId);

    /// <summary>The public banners on show now: all a public page may read.</summary>
    [ReadOnly]
    Task<BannerBoard> GetBanners();

    /// <summary>Subscribes (or renews) a web node's observer; subscriptions expire unless renewed within two minutes.</summary>
    Task Subscribe(IAnnouncementsObserver observer);

    Task Unsubscribe(IAnnouncementsObserver observer);
}
