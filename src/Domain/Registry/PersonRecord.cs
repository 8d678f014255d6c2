namespace Competitions.Domain.Registry;

/// <summary>
/// What the registry keeps of a person: his entries, and his name and masked ID number as last registered. The
/// personal data is there only for the entries: once the last one is erased, nothing of him is left.
/// </summary>
public sealed record PersonRecord(string? Name, string? MaskedIdNumber, IReadOnlyList<RegistryLink> Links)
{
    public static PersonRecord Empty { get; } = new(null, null, []);

    public bool Exists => Links.Count > 0;

    /// <summary>
    /// The person entered as this competitor: a competitor registered again (a corrected roster) keeps one entry, the
    /// first time he was linked and the level now given; name and masked number are taken as last seen. The same record
    /// comes back when nothing changes, so a roster registered again unchanged writes no person again.
    /// </summary>
    public PersonRecord Linked(RegistryLink link, string name, string? maskedIdNumber)
    {
        var earlier = Links.FirstOrDefault(l => l.EventKey == link.EventKey && l.CompetitorId == link.CompetitorId);
        var kept = earlier is null ? link : link with { LinkedAt = earlier.LinkedAt };
        if (kept == earlier && name == Name && maskedIdNumber == MaskedIdNumber)
        {
            return this;
        }

        return new(name, maskedIdNumber, [.. Links.Where(l => l != earlier).Append(kept).OrderBy(l => l.LinkedAt).ThenBy(l => l.EventKey, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Without the event's entries (its personal data erased), or without one competitor (his ID number changed); a
    /// person with no entry left keeps no name and no number. Published results are the events' own and stay.
    /// </summary>
    public PersonRecord Unlinked(string eventKey, string? competitorId = null)
    {
        var left = Links.Where(l => l.EventKey != eventKey || (competitorId is not null && l.CompetitorId != competitorId)).ToList();
        return left.Count == 0 ? Empty : this with { Links = left };
    }
}
