using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Grains.Leaderboards;

namespace Competitions.Grains.Tests;

public sealed class LeaderboardDeltaMergeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Deltas_merged_in_any_run_give_a_viewer_the_same_board_as_applying_them_one_by_one(int seed)
    {
        var random = new Random(seed);
        var board = new VersionedBoard("demo/E001", BoardAudience.Public);
        var competitors = Enumerable.Range(1, 12).Select(i => $"K{i:00}").ToList();
        var scores = new Dictionary<string, decimal>();
        var deltas = new List<LeaderboardDelta>();
        while (deltas.Count < 40)
        {
            // Scores change, competitors join and leave (withdrawn, removed): every kind of change a delta carries.
            var key = competitors[random.Next(competitors.Count)];
            if (scores.ContainsKey(key) && random.Next(6) == 0)
            {
                scores.Remove(key);
            }
            else
            {
                scores[key] = random.Next(0, 40) * 2.5m;
            }

            board.Stage(Ranked(scores), isFinal: false, PublicBoardMode.Live);
            if (board.Flush() is { } delta)
            {
                deltas.Add(delta);
            }
        }

        var viewer = new Dictionary<string, LeaderboardRow>();
        var start = random.Next(deltas.Count / 2);
        foreach (var delta in deltas.Take(start))
        {
            Apply(viewer, delta);
        }

        var merged = deltas.Skip(start).Aggregate((earlier, later) => earlier.Then(later));
        Apply(viewer, merged);

        Assert.Equal(deltas[start].FromVersion, merged.FromVersion);
        Assert.Equal(board.Version, merged.ToVersion);
        Assert.Equal(board.Rows.OrderBy(r => r.Key), viewer.Values.OrderBy(r => r.Key));
        Assert.Empty(merged.Changed.Select(r => r.Key).Intersect(merged.Ranks.Select(r => r.Key)));

        // A viewer who already holds a version inside the merged range (it read a snapshot meanwhile) may apply it too.
        var ahead = new Dictionary<string, LeaderboardRow>();
        foreach (var delta in deltas.Take(start + random.Next(1, deltas.Count - start)))
        {
            Apply(ahead, delta);
        }

        Apply(ahead, merged);
        Assert.Equal(board.Rows.OrderBy(r => r.Key), ahead.Values.OrderBy(r => r.Key));
    }

    [Fact]
    public void A_delta_that_does_not_follow_is_not_merged()
    {
        var board = new VersionedBoard("demo/E001", BoardAudience.Public);
        board.Stage(Ranked(new() { ["K1"] = 10m }), false, PublicBoardMode.Live);
        var first = board.Flush()!;
        board.Stage(Ranked(new() { ["K1"] = 12m }), false, PublicBoardMode.Live);
        var second = board.Flush()!;
        var rebuilt = new VersionedBoard("demo/E001", BoardAudience.Public);
        rebuilt.Stage(Ranked(new() { ["K1"] = 12m }), false, PublicBoardMode.Live);

        Assert.True(first.IsFollowedBy(second));
        Assert.False(second.IsFollowedBy(first));
        Assert.False(first.IsFollowedBy(rebuilt.Flush()!)); // another epoch starts again at version 0
        Assert.Throws<ArgumentException>(() => second.Then(first));
    }

    private static List<LeaderboardRow> Ranked(Dictionary<string, decimal> scores) => [.. scores
        .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
        .Select((s, i) => new LeaderboardRow(i + 1, s.Key, null, $"Name {s.Key}", null, "Org", "City", null, s.Value, s.Value,
            i < 3 ? AwardBand.First + i : AwardBand.None, true, 0, 0, 0))];

    /// <summary>What the boards' script does with a delta (applyDelta in liveBoard.ts).</summary>
    private static void Apply(Dictionary<string, LeaderboardRow> rows, LeaderboardDelta delta)
    {
        foreach (var key in delta.Removed)
        {
            rows.Remove(key);
        }

        foreach (var row in delta.Changed)
        {
            rows[row.Key] = row;
        }

        foreach (var move in delta.Ranks)
        {
            if (rows.TryGetValue(move.Key, out var row))
            {
                rows[move.Key] = row with { Rank = move.Rank, Award = move.Award };
            }
        }
    }
}
