using Competitions.Domain.Awards;
using Competitions.Domain.Validation;

namespace Competitions.Domain.Advancement;

/// <summary>
/// Who of an earlier round's published results advances to the next round. Places are counted on the ranked field
/// (withdrawn competitors included: they competed); a withdrawal passes its place to the next ranked, who is marked a
/// replacement so the notice (公示) says why he advances.
/// </summary>
public static class Advancements
{
    public static FieldProblem? Check(AdvancementRule rule) => rule switch
    {
        { MinimumScore: < 0m } => new("minimumScore", "advancement-rule", "The minimum score cannot be negative."),
        { Kind: AdvancementKind.TopPlaces or AdvancementKind.TopPlacesPerDelegation, Places: < 1 } =>
            new("places", "advancement-rule", "Say how many places advance (at least one)."),
        { Kind: AdvancementKind.ShareOfField, Percent: <= 0m or > 100m } =>
            new("percent", "advancement-rule", "The share of the field is a percentage above 0 and at most 100."),
        _ => null,
    };

    public static bool IsAdvancing(AdvancementStatus status) =>
        status is AdvancementStatus.Advances or AdvancementStatus.AdvancesOnTie or AdvancementStatus.AdvancesAsReplacement;

    /// <param name="ranked">The field in ranked order: best first, ties in the order the source event's tie-breaks give.</param>
    /// <returns>One decision per candidate, in the same order.</returns>
    public static IReadOnlyList<AdvancementDecision> Decide(IReadOnlyList<AdvancementCandidate> ranked, AdvancementRule rule)
    {
        if (Check(rule) is { } problem)
        {
            throw new ArgumentException(problem.Reason, nameof(rule));
        }

        var statuses = new Dictionary<AdvancementCandidate, AdvancementStatus>(ReferenceEqualityComparer.Instance);
        var groups = rule.Kind == AdvancementKind.TopPlacesPerDelegation
            ? ranked.GroupBy(c => c.Delegation, StringComparer.Ordinal).Select(g => g.ToList())
            : [ranked.ToList()];
        foreach (var group in groups)
        {
            var places = rule.Kind switch
            {
                AdvancementKind.ShareOfField => FieldShare.Places(ranked.Count, rule.Percent, rule.Rounding),
                AdvancementKind.ScoreAtLeast => int.MaxValue,
                _ => rule.Places,
            };
            Decide(group, places, rule, statuses);
        }

        return [.. ranked.Select(c => new AdvancementDecision(c.CompetitorId, c.Delegation, c.Total, c.Rank, statuses[c]))];
    }

    private static void Decide(List<AdvancementCandidate> group, int places, AdvancementRule rule, Dictionary<AdvancementCandidate, AdvancementStatus> statuses)
    {
        var eligible = group.Where(c => c.Total >= rule.MinimumScore).ToList();
        // Who would advance had nobody withdrawn, and who does now: a place passed down is a replacement's.
        var natural = Advancing(eligible, places, rule.Ties);
        var actual = Advancing([.. eligible.Where(c => !c.Withdrawn)], places, rule.Ties);
        foreach (var candidate in group)
        {
            statuses[candidate] = candidate.Withdrawn ? AdvancementStatus.Withdrawn
                : !actual.ContainsKey(candidate) ? AdvancementStatus.Eliminated
                : natural.TryGetValue(candidate, out var onTie) ? (onTie ? AdvancementStatus.AdvancesOnTie : AdvancementStatus.Advances)
                : AdvancementStatus.AdvancesAsReplacement;
        }
    }

    /// <summary>The first <paramref name="places"/> of the list and those tied with the last of them (value: on a tie).</summary>
    private static Dictionary<AdvancementCandidate, bool> Advancing(List<AdvancementCandidate> list, int places, CutTies ties)
    {
        var advancing = new Dictionary<AdvancementCandidate, bool>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < list.Count && places > 0; i++)
        {
            if (i < places)
            {
                advancing[list[i]] = false;
            }
            else if (Tied(list[places - 1], list[i], ties))
            {
                advancing[list[i]] = true;
            }
            else
            {
                break;
            }
        }

        return advancing;
    }

    private static bool Tied(AdvancementCandidate last, AdvancementCandidate next, CutTies ties) =>
        ties == CutTies.AllAdvance ? next.Total == last.Total : next.Rank == last.Rank;
}
