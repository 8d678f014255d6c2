using System.Diagnostics;
using Competitions.Domain.Advancement;
using Competitions.Domain.Ranking;

namespace Competitions.Benchmark;

/// <summary>
/// Times the advancement decision of a year's programme in the Domain alone (no cluster): 108 finals, each ranking
/// its trade's 12 venue events together (<see cref="AdvancementField.Rank"/>) and deciding the top places
/// (<see cref="Advancements.Decide"/>). Competitor ids repeat across venues, as generated rosters' do, so the
/// renaming of clashing ids is part of what is timed.
/// </summary>
public static class AdvancementBenchmark
{
    public static List<(string Measure, string Value)> Run(int finals, int venues, int entrants, int places, int repeats)
    {
        var random = new Random(2026);
        var perEvent = entrants / (finals * venues);
        var fields = Enumerable.Range(0, finals).Select(_ => BuildField(random, venues, perEvent)).ToList();
        TieBreak[] tieBreaks = [new(TieBreakKind.PracticalScore), new(TieBreakKind.CriterionScore, "B")];
        var rule = new AdvancementRule(AdvancementKind.TopPlaces, places);
        var noneWithdrawn = new HashSet<string>(StringComparer.Ordinal);

        var rows = new List<(string Measure, string Value)>
        {
            ("machine", $"{Environment.ProcessorCount} cores, {Environment.OSVersion}"),
            ("field", $"{finals} finals × {venues} venues × {perEvent} entrants = {finals * venues * perEvent:N0} ranked, top {places} advance"),
        };
        var times = new List<TimeSpan>(repeats);
        var advancing = 0;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            advancing = 0;
            foreach (var field in fields)
            {
                var ranked = AdvancementField.Rank(field, tieBreaks, noneWithdrawn);
                advancing += Advancements.Decide([.. ranked.Select(e => e.Candidate)], rule).Count(d => Advancements.IsAdvancing(d.Status));
            }

            times.Add(clock.Elapsed);
        }

        rows.Add(("all 108 decisions, first run (includes JIT)", $"{times[0].TotalMilliseconds:N0} ms"));
        rows.Add(($"all 108 decisions, best of the next {repeats - 1}", $"{times.Skip(1).Min().TotalMilliseconds:N0} ms ({times.Skip(1).Min().TotalMilliseconds / finals:F1} ms a final)"));
        rows.Add(("competitors advancing", $"{advancing:N0}"));
        rows.Add(("GC heap holding the input; allocated per run of 108", $"{heapBefore / 1048576.0:N0} MiB; {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / repeats / 1048576.0:N0} MiB"));
        rows.Add(("process peak working set", $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
        return rows;
    }

    private static List<AdvancementSourceEntry> BuildField(Random random, int venues, int perEvent)
    {
        var field = new List<AdvancementSourceEntry>(venues * perEvent);
        for (var v = 0; v < venues; v++)
        {
            var source = $"P{v + 1:D2}-E001";
            for (var c = 0; c < perEvent; c++)
            {
                // Totals to two decimals between 40 and 100, so ties at the cut happen as they do in real results.
                var practical = Math.Round(40m + (decimal)(random.NextDouble() * 60), 2);
                var figures = new RankingEntry(
                    $"C{c + 1:D4}", practical, practical, new Dictionary<string, decimal> { ["A"] = practical / 2, ["B"] = practical / 2 }, null,
                    Absent: random.NextDouble() < 0.01);
                field.Add(new AdvancementSourceEntry(source, $"区{random.Next(10)}", figures));
            }
        }

        return field;
    }
}
