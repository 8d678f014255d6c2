using Competitions.Domain.Competitors;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Registry;

/// <summary>Who may read a person's history, and what a lookup must bring.</summary>
public static class RegistryRules
{
    /// <summary>
    /// Why this lookup is refused, or null. Only organizers read histories: they span contests and years, which no
    /// judge's or public view ever does. The number (when looked up by number) must be one a roster would accept; the
    /// refusal never repeats it.
    /// </summary>
    public static Refusal? Lookup(Actor actor, string? idNumber = null)
    {
        if (!actor.IsOrganizer)
        {
            return Refusal.Forbidden("organizers-only", "Only organizers read a person's history.");
        }

        return idNumber is not null && (idNumber.Length > 64 || IdNumber.Problem(IdNumber.Normalise(idNumber)) is not null)
            ? Refusal.Invalid("id-number-invalid", "The ID number must be an 18-character mainland ID, or 5–20 letters and digits for other documents.")
            : null;
    }

    public static Refusal Unknown { get; } = Refusal.NotFound("person-not-found", "No entry of any contest is registered under this person.");
}
