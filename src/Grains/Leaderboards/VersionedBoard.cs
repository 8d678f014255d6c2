using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// A board as published to viewers. Changes are staged as they happen and published together (the leaderboard
/// flushes every few tens of milliseconds), so a busy event sends one delta per flush, not one per mark. The version
/// moves by one per published delta; the last deltas are kept so a client that missed some can catch up. The epoch
/// is new per activation: versions of a rebuilt board start over.
/// </summary>
public sealed class VersionedBoard(string eventKey, BoardAudience audience)
{
    /// <summary>Enough for a viewer who lost the connection for a minute or two at a busy event.</summary>
    private const int KeptDeltas = 512;

    private readonly LinkedList<LeaderboardDelta> _deltas = new();
    private (IReadOnlyList<LeaderboardRow> Rows, bool IsFinal, PublicBoardMode Mode)? _staged;
    private DateTimeOffset _firstStagedAt;

    public string Epoch { get; } = Guid.NewGuid().ToString("N")[..12];

    public long Version { get; private set; }

    public IReadOnlyList<LeaderboardRow> Rows { get; private set; } = [];

    public bool IsFinal { get; private set; }

    public PublicBoardMode Mode { get; private set; } = PublicBoardMode.Live;

    public bool HasStaged => _staged is not null;

    public void Stage(IReadOnlyList<LeaderboardRow> rows, bool isFinal, PublicBoardMode mode)
    {
        if (_staged is null)
        {
            _firstStagedAt = DateTimeOffset.UtcNow;
        }

        _staged = (rows, isFinal, mode);
    }

    /// <summary>Publishes what was staged; returns the delta to push, or null when nothing visible changed.</summary>
    public LeaderboardDelta? Flush()
    {
        if (_staged is not { } next)
        {
            return null;
        }

        _staged = null;
        var previous = Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var changed = new List<LeaderboardRow>();
        var ranks = new List<RankChange>();
        foreach (var row in next.Rows)
        {
            if (!previous.TryGetValue(row.Key, out var old) || old with { Rank = row.Rank, Award = row.Award } != row)
            {
                changed.Add(row);
            }
            else if (old != row)
            {
                ranks.Add(new RankChange(row.Key, row.Rank, row.Award));
            }
        }

        var current = next.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Keys.Where(id => !current.Contains(id)).ToList();
        var stateChanged = next.IsFinal != IsFinal || next.Mode != Mode;
        (Rows, IsFinal, Mode) = next;
        if (changed.Count == 0 && ranks.Count == 0 && removed.Count == 0 && !stateChanged)
        {
            return null;
        }

        var delta = new LeaderboardDelta(eventKey, Epoch, Version, Version + 1, changed, removed, audience, IsFinal, Mode, ranks, _firstStagedAt);
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
