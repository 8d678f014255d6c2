using Competitions.Domain.Validation;

namespace Competitions.Domain.Advancement;

/// <summary>
/// Draft → Announced (公示) → Committed. A list is worked out only from published results; it goes on notice for the
/// target event's notice and appeal periods, may be announced again (the periods start over) while it is not committed,
/// and becomes the next round's roster only when both periods have passed, no appeal against a source is open, and the
/// source results are still those announced.
/// </summary>
public static class AdvancementWorkflow
{
    public static Refusal? Decide(IReadOnlyList<string> unpublishedSources) => unpublishedSources.Count == 0
        ? null
        : Refusal.Conflict("source-not-published",
            $"Advancement is worked out from published results only; not yet published: {string.Join(", ", unpublishedSources)}.");

    public static Refusal? Announce(AdvancementStage stage, IReadOnlyList<string> unpublishedSources) =>
        stage == AdvancementStage.Committed
            ? Refusal.Conflict("advancement-committed", "This list is already the next round's roster.")
            : Decide(unpublishedSources);

    public static Refusal? Withdraw(AdvancementStage stage, string reason) => stage switch
    {
        AdvancementStage.Committed => Refusal.Conflict("advancement-committed", "The list is committed; change the next round's roster instead."),
        _ when string.IsNullOrWhiteSpace(reason) => Refusal.Invalid("reason-required", "Say why the competitor withdraws."),
        _ => null,
    };

    /// <param name="noticeEnds">The later of the notice period's and the appeal period's ends.</param>
    /// <param name="resultsHash">The source results' fingerprint today, against <paramref name="announcedHash"/>.</param>
    public static Refusal? Commit(
        AdvancementStage stage, DateTimeOffset now, DateTimeOffset? noticeEnds, string? announcedHash, string resultsHash,
        int openAppeals, bool targetInSetup) => stage switch
        {
            AdvancementStage.Committed => Refusal.Conflict("advancement-committed", "This list is already the next round's roster."),
            AdvancementStage.Draft => Refusal.Conflict("advancement-not-announced", "Announce the list for public notice (公示) before committing it."),
            _ when now < noticeEnds => Refusal.Conflict("advancement-notice-open", $"The notice period runs until {noticeEnds:u}; commit after it."),
            _ when openAppeals > 0 => Refusal.Conflict("appeals-open", $"{openAppeals} appeal(s) against the source results are still open."),
            _ when announcedHash != resultsHash => Refusal.Conflict("source-results-changed",
                "The source results changed since the list was announced; announce it again."),
            _ when !targetInSetup => Refusal.Conflict("target-not-in-setup", "The next round's event has left set-up; its roster cannot be made now."),
            _ => null,
        };
}
