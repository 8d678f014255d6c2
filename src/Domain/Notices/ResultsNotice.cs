using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Notices;

/// <summary>
/// The printed results notice (公示名单) is the published results as the public may see them, so it exists only for a
/// published event whose public board shows its results: a frozen board would print stale rows, a hidden one results
/// the organizers hold until the announcement.
/// </summary>
public static class ResultsNotice
{
    /// <summary>Why the notice of event <paramref name="eventCode"/> cannot be printed now, or null.</summary>
    public static Refusal? Printing(string eventCode, EventStatus status, bool publicBoardLive)
    {
        if (status != EventStatus.Published)
        {
            return Refusal.Conflict("results-not-published", $"Event {eventCode} is {status}: its results notice is printed once they are published.");
        }

        return publicBoardLive
            ? null
            : Refusal.Conflict("results-held", $"The public board of event {eventCode} is frozen or hidden: its results notice is printed once the board shows the results.");
    }
}
