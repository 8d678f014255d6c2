using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Competitions.Domain.Ranking;

namespace Competitions.Domain.Advancement;

/// <summary>
/// The field an advancement is decided on: the source events' published results ranked together (a round run at
/// several venues is one field), with the next round's competitor ids.
/// </summary>
public static class AdvancementField
{
    /// <summary>
    /// Ranks every source's competitors together by total and <paramref name="tieBreaks"/>. Absent competitors (缺考)
    /// did not compete and are left out. A competitor keeps his id in the next round unless another source uses the same
    /// id; then every clashing id is prefixed with its source event code, so no two entrants merge.
    /// </summary>
    public static IReadOnlyList<RankedEntrant> Rank(
        IReadOnlyList<AdvancementSourceEntry> entries, IReadOnlyList<TieBreak> tieBreaks, IReadOnlySet<string> withdrawn)
    {
        var present = entries.Where(e => !e.Figures.Absent).ToList();
        var clashing = present.GroupBy(e => e.Figures.CompetitorId, StringComparer.Ordinal)
            .Where(g => g.Select(e => e.SourceEvent).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var byNextId = present.ToDictionary(e => NextRoundId(e, clashing), StringComparer.Ordinal);
        return [.. Ranker.Rank(byNextId.Select(p => p.Value.Figures with { CompetitorId = p.Key }), tieBreaks)
            .Select(r =>
            {
                var source = byNextId[r.Entry.CompetitorId];
                return new RankedEntrant(
                    new AdvancementCandidate(r.Entry.CompetitorId, source.Delegation, r.Entry.Total, r.Rank, withdrawn.Contains(r.Entry.CompetitorId)),
                    source);
            })];
    }

    /// <summary>
    /// A fingerprint of the results an advancement was decided on: which competitor of which source, with what total and
    /// rank. The ledger records it, so anyone can check later that the list came from the results as published.
    /// </summary>
    public static string ResultsHash(IEnumerable<RankedEntrant> field)
    {
        var lines = field
            .Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Source.SourceEvent}|{e.Source.Figures.CompetitorId}|{e.Candidate.Total:0.####}|{e.Candidate.Rank}"))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static string NextRoundId(AdvancementSourceEntry entry, HashSet<string> clashing) =>
        clashing.Contains(entry.Figures.CompetitorId) ? $"{entry.SourceEvent}-{entry.Figures.CompetitorId}" : entry.Figures.CompetitorId;
}
