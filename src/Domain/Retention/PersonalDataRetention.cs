using Competitions.Domain.Competitors;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Retention;

/// <summary>
/// What personal data an event keeps once its results are final, and when the rest may be erased. ID numbers are
/// needed to check a competitor against his card at the venue, for the notice period and for appeals; published
/// results, certificates and score sheets never show them. Names, organisations and delegations are the published
/// results themselves, and the current skill level decides promotions, so those stay.
/// </summary>
public static class PersonalDataRetention
{
    /// <summary>The field names an erasure records in the ledger (never the values).</summary>
    public static IReadOnlyList<string> ErasedFields { get; } = ["id-number"];

    /// <summary>
    /// Why <paramref name="actor"/> may not erase now, or null. Only once the results are final: published, the notice
    /// period and the appeal deadline over (<paramref name="finalFrom"/>), and no appeal still open, because an
    /// identity may still have to be checked until then.
    /// </summary>
    public static Refusal? Erasure(Actor actor, EventStatus status, DateTimeOffset? finalFrom, int openAppeals, DateTimeOffset now)
    {
        if (!actor.IsOrganizer)
        {
            return Refusal.Forbidden("organizers-only", "Only organizers erase personal data.");
        }

        if (status != EventStatus.Published || finalFrom is null)
        {
            return Refusal.Conflict("erasure-too-early", $"Personal data is erased once the results are published and final; the event is {status}.");
        }

        if (now < finalFrom.Value)
        {
            return Refusal.Conflict("erasure-too-early",
                $"Personal data is erased once the results are final: after the notice period and the appeal deadline, at {finalFrom.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        }

        return openAppeals > 0
            ? Refusal.Conflict("erasure-appeal-open", $"{openAppeals} appeals against this event are still open; personal data is erased after they are decided.")
            : null;
    }

    /// <summary>
    /// Why a competitor id cannot be used, or null. The id is written into every ledger row of the competitor's score
    /// sheet and covered by the hash chain, so it can never be erased: it must not be his ID number, nor look like one.
    /// </summary>
    public static string? CompetitorIdProblem(string competitorId, string? idNumber) =>
        string.Equals(competitorId, idNumber, StringComparison.OrdinalIgnoreCase) || IdNumber.HasValidCheckDigit(competitorId)
            ? "the competitor id must not be an ID number: ids go into the ledger, which cannot erase them."
            : null;
}
