namespace Competitions.Domain.Advancement;

/// <summary>
/// How the list the source results give today differs from the committed one (after an upheld appeal corrected a
/// source result): organizers are told, since the next round's roster was made from the committed list.
/// </summary>
public sealed record AdvancementChanges(IReadOnlyList<string> NowAdvancing, IReadOnlyList<string> NoLongerAdvancing)
{
    public bool Any => NowAdvancing.Count > 0 || NoLongerAdvancing.Count > 0;

    /// <param name="committed">Who advances on the list as announced or committed.</param>
    /// <param name="today">Who advances on the source results as they are now.</param>
    public static AdvancementChanges Between(IEnumerable<string> committed, IEnumerable<string> today)
    {
        var was = committed.ToHashSet(StringComparer.Ordinal);
        var now = today.ToHashSet(StringComparer.Ordinal);
        return new([.. now.Except(was).Order(StringComparer.Ordinal)], [.. was.Except(now).Order(StringComparer.Ordinal)]);
    }
}
