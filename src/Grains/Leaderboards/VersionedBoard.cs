using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// A board's rows with a version that moves by one per change, and the last deltas kept so a client that missed
/// some can catch up. The epoch is new per activation: versions of a rebuilt board start over.
/// </summary>
public sealed class VersionedBoard(string eventKey, BoardAudience audience)
{
    /// <summary>Enough for a viewer who lost the connection for a minute or two at a busy event.</summary>
    private const int KeptDeltas = 512;

    private readonly LinkedList<LeaderboardDelta> _deltas = new();

    public string Epoch { get; } = Guid.NewGuid().ToString("N")[..12];

    public long Version { get; private set; }

    public IReadOnlyList<LeaderboardRow> Rows { get; private set; } = [];

    public bool IsFinal { get; private set; }

    public PublicBoardMode Mode { get; private set; } = PublicBoardMode.Live;

    /// <summary>Replaces the rows and board state; returns the delta to push, or null when nothing visible changed.</summary>
    public LeaderboardDelta? Replace(IReadOnlyList<LeaderboardRow> rows, bool isFinal, PublicBoardMode mode)
    {
        var previous = Rows.ToDictionary(r => r.CompetitorId, StringComparer.Ordinal);
        var changed = rows.Where(r => !previous.TryGetValue(r.CompetitorId, out var old) || old != r).ToList();
        var current = rows.Select(r => r.CompetitorId).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Keys.Where(id => !current.Contains(id)).ToList();
        var stateChanged = isFinal != IsFinal || mode != Mode;
        Rows = rows;
        IsFinal = isFinal;
        Mode = mode;
        if (changed.Count == 0 && removed.Count == 0 && !stateChanged)
        {
            return null;
        }

        var delta = new LeaderboardDelta(eventKey, Epoch, Version, Version + 1, changed, removed, audience, isFinal, mode);
        Version++;
        _deltas.AddLast(delta);
        if (_deltas.Count > KeptDeltas)
        {
            _deltas.RemoveFirst();
        }

        return delta;
    }

    public bool CanReplayFrom(string epoch, long version) =>
        epoch == Epoch && version <= Version
        && (version == Version || (_deltas.First is { } oldest && oldest.Value.FromVersion <= version));

    public IReadOnlyList<LeaderboardDelta> DeltasFrom(long version) => [.. _deltas.Where(d => d.FromVersion >= version)];
}
