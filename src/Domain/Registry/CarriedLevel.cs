using Competitions.Domain.Awards;

namespace Competitions.Domain.Registry;

/// <summary>The skill level a person brings into a new contest when the roster gives none.</summary>
public static class CarriedLevel
{
    /// <summary>
    /// The highest level on the national ladder (<see cref="SkillLevels"/>) that any entry certified or any published
    /// result promoted him to, named as the latest entry naming it does (高级工 or 三级); a provisional promotion is
    /// not a level yet. Levels off the ladder cannot be compared: they count only when the history has no ladder level,
    /// and then the latest wins. Null when the history says nothing.
    /// </summary>
    public static string? From(IEnumerable<LevelEvidence> history)
    {
        var levels = history
            .SelectMany(e => new[] { (e.At, Order: 0, Level: e.Certified), (e.At, Order: 1, Level: e.Published ? e.PromotedTo : null) })
            .Where(l => !string.IsNullOrWhiteSpace(l.Level))
            .OrderBy(l => l.At).ThenBy(l => l.Order)
            .Select(l => l.Level!.Trim())
            .ToList();
        var onLadder = levels.Where(l => SkillLevels.IndexOf(l) >= 0).ToList();
        if (onLadder.Count > 0)
        {
            var highest = onLadder.Max(SkillLevels.IndexOf);
            return onLadder.Last(l => SkillLevels.IndexOf(l) == highest);
        }

        return levels.LastOrDefault();
    }
}
