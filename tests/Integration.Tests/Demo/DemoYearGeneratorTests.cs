using Competitions.Domain.Advancement;
using Competitions.Silo.Demo;

namespace Competitions.Integration.Tests.Demo;

public sealed class DemoYearGeneratorTests
{
    [Fact]
    public void The_full_year_is_a_preliminary_at_12_venues_feeding_108_finals_with_120000_entrants()
    {
        var year = DemoYearGenerator.Generate();

        var preliminaries = year.Events.Where(e => e.Definition.Stage == DemoYearGenerator.PreliminaryStage).ToList();
        var finals = year.Events.Where(e => e.Definition.Stage == DemoYearGenerator.FinalStage).ToList();
        Assert.Equal(12 * 108, preliminaries.Count);
        Assert.Equal(108, finals.Count);
        Assert.Equal(year.Events.Count, preliminaries.Count + finals.Count);
        Assert.Equal(120_000, preliminaries.Sum(e => e.Competitors.Count));
        Assert.All(finals, f => Assert.Empty(f.Competitors));
        Assert.Equal(12, preliminaries.Select(e => e.Definition.Venue).Distinct().Count());
        Assert.All(year.Events.Select(e => e.Definition.Venue), v => Assert.Contains(v, year.Contest.Venues));
        Assert.Equal(year.Events.Count, year.Events.Select(e => e.Definition.Code).Distinct().Count());

        var byCode = preliminaries.ToDictionary(e => e.Definition.Code);
        foreach (var final in finals)
        {
            var advancement = final.Definition.Advancement!;
            Assert.Equal(AdvancementKind.TopPlaces, advancement.Kind);
            Assert.InRange(advancement.Places, 20, 30);
            Assert.Empty(advancement.Problems(final.Definition.Code));
            // The final's sources are its own trade's event at each of the 12 venues.
            var sources = advancement.Sources.Select(s => byCode[s]).ToList();
            Assert.Equal(12, sources.Select(s => s.Definition.Venue).Distinct().Count());
            var trade = final.Definition.Name.Replace(" 决赛", string.Empty, StringComparison.Ordinal);
            Assert.All(sources, s => Assert.StartsWith($"{trade} 初赛", s.Definition.Name, StringComparison.Ordinal));
        }

        // Every preliminary is fed to exactly one final.
        Assert.Equal(preliminaries.Count, finals.SelectMany(f => f.Definition.Advancement!.Sources).Distinct().Count());
        // Each venue's event has judges of its own.
        Assert.Equal(preliminaries.Count, preliminaries.Select(e => e.Panels.ChiefJudgeId).Distinct().Count());
        var panelJudges = preliminaries.SelectMany(e => e.Panels.Panels.SelectMany(p => p.JudgeIds).Append(e.Panels.ChiefJudgeId).Distinct()).ToList();
        Assert.Equal(panelJudges.Count, panelJudges.Distinct().Count());
    }

    [Fact]
    public void The_year_is_reproducible_from_its_seed_and_a_scale_only_changes_the_rosters()
    {
        var first = DemoYearGenerator.Generate(scale: 0.02);
        var again = DemoYearGenerator.Generate(scale: 0.02);
        var otherSeed = DemoYearGenerator.Generate(scale: 0.02, seed: 7);

        Assert.Equal(Fingerprint(first), Fingerprint(again));
        Assert.NotEqual(Fingerprint(first), Fingerprint(otherSeed));
        Assert.Equal(DemoYearGenerator.EntrantCount(0.02), first.Events.Sum(e => e.Competitors.Count));
        Assert.Equal(2_400, DemoYearGenerator.EntrantCount(0.02));
        Assert.Equal(
            DemoYearGenerator.Generate().Events.Select(e => (e.Definition.Code, e.Definition.Stage, e.Definition.Advancement?.Sources.Count)),
            first.Events.Select(e => (e.Definition.Code, e.Definition.Stage, e.Definition.Advancement?.Sources.Count)));
    }

    private static string Fingerprint(DemoContest year) =>
        string.Join('\n', year.Events.Select(e =>
            $"{e.Definition.Code}|{e.Definition.Name}|{e.Definition.Venue}|{e.Panels.ChiefJudgeId}|{e.Scheme.Criteria.Count}|{string.Join(',', e.Competitors.Select(c => $"{c.Name}/{c.Organisation}"))}"));
}
