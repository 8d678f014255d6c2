using Competitions.Domain.Advancement;
using Competitions.Domain.Ranking;

namespace Competitions.Domain.Tests;

public sealed class AdvancementFieldTests
{
    private static AdvancementSourceEntry Entry(string source, string id, decimal total, decimal practical = 0m, bool absent = false) =>
        new(source, "D-" + source, new RankingEntry(id, total, practical, new Dictionary<string, decimal>(), null, absent));

    private static readonly HashSet<string> NoneWithdrawn = [];

    [Fact]
    public void Venues_are_ranked_together_by_total_and_tie_breaks()
    {
        var field = AdvancementField.Rank(
            [Entry("P-A", "a1", 80m, 50m), Entry("P-B", "b1", 90m), Entry("P-A", "a2", 70m), Entry("P-B", "b2", 80m, 60m)],
            [new TieBreak(TieBreakKind.PracticalScore)], NoneWithdrawn);

        Assert.Equal(["b1", "b2", "a1", "a2"], field.Select(e => e.Candidate.CompetitorId));
        Assert.Equal([1, 2, 3, 4], field.Select(e => e.Candidate.Rank));
        Assert.Equal(["P-B", "P-B", "P-A", "P-A"], field.Select(e => e.Source.SourceEvent));
    }

    [Fact]
    public void Absent_competitors_are_not_in_the_field()
    {
        var field = AdvancementField.Rank([Entry("P-A", "a1", 80m), Entry("P-A", "a2", 0m, absent: true)], TieBreak.Default, NoneWithdrawn);

        Assert.Equal(["a1"], field.Select(e => e.Candidate.CompetitorId));
    }

    [Fact]
    public void Ids_used_at_two_venues_are_told_apart_by_their_event_and_others_are_kept()
    {
        var field = AdvancementField.Rank(
            [Entry("P-A", "c1", 90m), Entry("P-B", "c1", 85m), Entry("P-B", "c2", 80m)], TieBreak.Default, NoneWithdrawn);

        Assert.Equal(["P-A-c1", "P-B-c1", "c2"], field.Select(e => e.Candidate.CompetitorId));
        Assert.Equal(["c1", "c1", "c2"], field.Select(e => e.Source.Figures.CompetitorId));
    }

    [Fact]
    public void Withdrawals_are_marked_on_the_next_round_id()
    {
        var field = AdvancementField.Rank([Entry("P-A", "c1", 90m), Entry("P-A", "c2", 80m)], TieBreak.Default, new HashSet<string> { "c1" });

        Assert.Equal([true, false], field.Select(e => e.Candidate.Withdrawn));
    }

    [Fact]
    public void The_results_hash_changes_with_any_total_or_rank_and_not_with_input_order()
    {
        var one = AdvancementField.Rank([Entry("P-A", "c1", 90m), Entry("P-A", "c2", 80m)], TieBreak.Default, NoneWithdrawn);
        var reordered = AdvancementField.Rank([Entry("P-A", "c2", 80m), Entry("P-A", "c1", 90m)], TieBreak.Default, NoneWithdrawn);
        var corrected = AdvancementField.Rank([Entry("P-A", "c1", 90m), Entry("P-A", "c2", 80.5m)], TieBreak.Default, NoneWithdrawn);

        Assert.Equal(AdvancementField.ResultsHash(one), AdvancementField.ResultsHash(reordered));
        Assert.NotEqual(AdvancementField.ResultsHash(one), AdvancementField.ResultsHash(corrected));
        Assert.Matches("^[0-9a-f]{64}$", AdvancementField.ResultsHash(one));
    }
}
