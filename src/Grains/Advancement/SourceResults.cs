using Competitions.Contracts.Advancement;
using Competitions.Contracts.Events;
using Competitions.Domain.Advancement;

namespace Competitions.Grains.Advancement;

/// <summary>
/// What an advancement is decided on, read from its source events now: which are not published yet, and otherwise the
/// combined field with each entrant's decision, the results' fingerprint and the appeals still open against them.
/// </summary>
public sealed record SourceResults(
    IReadOnlyList<string> Unpublished,
    IReadOnlyList<AdvancementRow> Rows,
    IReadOnlyDictionary<string, CompetitorEntry> Competitors,
    IReadOnlyDictionary<string, EventView> Sources,
    string Hash,
    int OpenAppeals)
{
    public IEnumerable<string> Advancing => Rows.Where(r => Advancements.IsAdvancing(r.Status)).Select(r => r.CompetitorId);
}
