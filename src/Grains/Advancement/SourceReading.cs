using Competitions.Contracts.Events;
using Competitions.Domain.Advancement;

namespace Competitions.Grains.Advancement;

/// <summary>
/// The source events of an advancement as read from their grains, before any decision: a withdrawal decides the same
/// reading twice (before and after) instead of reading every source again.
/// </summary>
public sealed record SourceReading(
    IReadOnlyDictionary<string, EventView> Views,
    IReadOnlyList<string> Unpublished,
    IReadOnlyList<AdvancementSourceEntry> Entries,
    IReadOnlyDictionary<(string Source, string Id), CompetitorEntry> Rosters,
    int OpenAppeals);
