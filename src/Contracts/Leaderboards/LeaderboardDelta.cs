using Competitions.Contracts.Events;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// What changed between two versions of one board: rows whose scores changed (whole), rows that only moved
/// (<see cref="Ranks"/>, a few bytes each, since one mark shifts many places), rows removed (their keys), and the board's finality
/// and public mode after it. A client applies a delta only if its
/// <see cref="Epoch"/> matches and <see cref="FromVersion"/> is the version it holds; otherwise it asks for what it missed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardDelta(
    [property: Id(0)] string EventKey,
    [property: Id(1)] string Epoch,
    [property: Id(2)] long FromVersion,
    [property: Id(3)] long ToVersion,
    [property: Id(4)] IReadOnlyList<LeaderboardRow> Changed,
    [property: Id(5)] IReadOnlyList<string> Removed,
    [property: Id(6)] BoardAudience Audience,
    [property: Id(7)] bool IsFinal,
    [property: Id(8)] PublicBoardMode PublicBoard,
    [property: Id(9)] IReadOnlyList<RankChange> Ranks,
    [property: Id(10)] DateTimeOffset ChangedAt)
{
    /// <summary>
    /// Whether <paramref name="next"/> continues this delta: same board, epoch and audience, starting where this one ends.
    /// </summary>
    public bool IsFollowedBy(LeaderboardDelta next) =>
        next.EventKey == EventKey && next.Epoch == Epoch && next.Audience == Audience && next.FromVersion == ToVersion;

    /// <summary>
    /// One delta that a client applies with the same result as this one and then <paramref name="next"/> (which must
    /// follow it): removals first, then changed rows, then rank moves of rows that did not change otherwise. Lets a
    /// node that falls behind send a busy event's changes as one fuller delta instead of a queue of small ones.
    /// </summary>
    public LeaderboardDelta Then(LeaderboardDelta next)
    {
        if (!IsFollowedBy(next))
        {
            throw new ArgumentException($"Delta {next.FromVersion}→{next.ToVersion} does not follow {FromVersion}→{ToVersion} of {EventKey}.", nameof(next));
        }

        var removedNext = next.Removed.ToHashSet(StringComparer.Ordinal);
        var changed = new Dictionary<string, LeaderboardRow>(StringComparer.Ordinal);
        foreach (var row in Changed.Where(r => !removedNext.Contains(r.Key)))
        {
            changed[row.Key] = row;
        }

        var ranks = new Dictionary<string, RankChange>(StringComparer.Ordinal);
        foreach (var move in Ranks.Where(m => !removedNext.Contains(m.Key)))
        {
            ranks[move.Key] = move;
        }

        // A later move of a row this delta carries whole is folded into that row, so only one of the two names it.
        foreach (var move in next.Ranks)
        {
            if (changed.TryGetValue(move.Key, out var row))
            {
                changed[move.Key] = row with { Rank = move.Rank, Award = move.Award };
            }
            else
            {
                ranks[move.Key] = move;
            }
        }

        foreach (var row in next.Changed)
        {
            changed[row.Key] = row;
            ranks.Remove(row.Key);
        }

        return next with
        {
            FromVersion = FromVersion,
            Changed = [.. changed.Values],
            Removed = [.. Removed.Union(next.Removed, StringComparer.Ordinal)],
            Ranks = [.. ranks.Values],
            ChangedAt = ChangedAt,
        };
    }
}
