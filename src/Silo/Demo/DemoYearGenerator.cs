using Competitions.Contracts.Events;
using Competitions.Domain.Advancement;

namespace Competitions.Silo.Demo;

/// <summary>
/// Builds a year's programme from a seed: a preliminary round (初赛) of every event of the city contest at 12 venues,
/// feeding a final (决赛) of 108 events, each final ranking its trade's 12 venue events together and taking the best.
/// Everything else (trades, schemes, panels, rosters) is drawn as <see cref="DemoContestGenerator"/> draws it.
/// </summary>
public static class DemoYearGenerator
{
    public const string PreliminaryStage = "初赛";

    public const string FinalStage = "决赛";

    /// <summary>One final per trade and group, as the city contest has events.</summary>
    public const int FinalCount = 108;

    /// <summary>The preliminary's entrants at full size (<c>scale</c> 1).</summary>
    public const int FullEntrantCount = 120_000;

    /// <summary>How many of a trade's preliminary field reach its final: a realistic final fills two workshops.</summary>
    public const int FinalPlaces = 24;

    // Seven judges (two panels of three and a chief) are what a preliminary of about ninety needs; each venue's
    // event has its own, as the venues mark on the same days.
    private const int JudgesPerEvent = 7;

    private const string FinalVenue = "深圳国际会展中心 技能竞赛馆";

    private static readonly string[] PreliminaryVenues =
    [
        "福田赛点 深圳技师学院",
        "罗湖赛点 深圳市第二职业技术学校",
        "南山赛点 深圳职业技术大学",
        "宝安赛点 深圳市宝安职业技术学校",
        "龙岗赛点 深圳信息职业技术大学",
        "盐田赛点 深圳市第八职业技术学校",
        "龙华赛点 深圳市第三职业技术学校",
        "坪山赛点 深圳鹏城技师学院",
        "光明赛点 深圳市第六职业技术学校",
        "大鹏赛点 深圳市大鹏新区职业技术学校",
        "前海赛点 深圳城市职业学院",
        "西丽赛点 深圳市高级技工学校",
    ];

    public static int VenueCount => PreliminaryVenues.Length;

    public static int PreliminaryCount => VenueCount * FinalCount;

    /// <summary>The preliminary's entrants at a scale, at least one per event; what <see cref="Generate"/> rosters.</summary>
    public static int EntrantCount(double scale) =>
        Math.Max(PreliminaryCount, (int)Math.Round(FullEntrantCount * scale, MidpointRounding.AwayFromZero));

    /// <summary>The code of the preliminary of the city contest's event <paramref name="final"/> (0-based) at a venue: P01-E001.</summary>
    public static string PreliminaryCode(int venue, int final) => $"P{venue + 1:D2}-{FinalCode(final)}";

    public static string FinalCode(int final) => $"E{final + 1:D3}";

    /// <param name="scale">Share of the full year's 120,000 preliminary entrants to roster (the shape stays the same).</param>
    public static DemoContest Generate(string contestId = "demo-year-2026", double scale = 1.0, int seed = 2026)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);

        // The preliminaries are drawn as one contest of 1,296 events: event k·108 + f is final f's event at venue k.
        var round = DemoContestGenerator.Generate(
            contestId, PreliminaryCount, EntrantCount(scale), JudgesPerEvent * PreliminaryCount, seed, JudgesPerEvent);
        var events = new List<DemoEvent>(PreliminaryCount + FinalCount);
        for (var i = 0; i < PreliminaryCount; i++)
        {
            var (venue, final) = Math.DivRem(i, FinalCount);
            var drawn = round.Events[i];
            events.Add(drawn with
            {
                Definition = RoundDefinition(drawn.Definition, PreliminaryCode(venue, final), $"{TradeName(round, final)} 初赛（{PreliminaryVenues[venue][..2]}）", PreliminaryVenues[venue], PreliminaryStage),
            });
        }

        for (var f = 0; f < FinalCount; f++)
        {
            // A final marks to its trade's technical document, so it takes the first venue's scheme and judges; its
            // competitors come from the advancement.
            var first = round.Events[f];
            var definition = RoundDefinition(first.Definition, FinalCode(f), $"{TradeName(round, f)} 决赛", FinalVenue, FinalStage) with
            {
                Advancement = new AdvancementDefinition(
                    [.. Enumerable.Range(0, VenueCount).Select(v => PreliminaryCode(v, f))], AdvancementKind.TopPlaces, FinalPlaces),
            };
            events.Add(first with { Definition = definition, Competitors = [] });
        }

        var contest = round.Contest with
        {
            Name = "2026年深圳市职业技能大赛（全年赛程）",
            StartsOn = new DateOnly(2026, 5, 9),
            EndsOn = new DateOnly(2026, 10, 25),
            Venues = [.. PreliminaryVenues, FinalVenue],
        };
        return new DemoContest(contest, round.Judges, events);
    }

    private static string TradeName(DemoContest round, int final) => round.Events[final].Definition.Name;

    // No theory paper in either round: a round is locked once its practical marks are in.
    private static EventDefinition RoundDefinition(EventDefinition drawn, string code, string name, string venue, string stage) =>
        drawn with { Code = code, Name = name, Venue = venue, Stage = stage, TheoryPercent = 0m, PracticalPercent = 100m };
}
