using Competitions.Domain.CheckIn;

namespace Competitions.Domain.Tests;

public sealed class CompetitorLookupTests
{
    private static readonly RosterKeys[] Roster =
    [
        new("C1", 1, "K7Q2", "11010519491231002X"),
        new("C2", 2, "M3X9", "440308199001011239"),
        new("C3", 12, "P8R4", null),
        new("C4", null, "12", null),
        new("C5", null, null, "H1234567"),
    ];

    [Theory]
    [InlineData("2", "C2", LookupKey.Station)]
    [InlineData(" 02 ", "C2", LookupKey.Station)]
    [InlineData("２", "C2", LookupKey.Station)]
    [InlineData("m3x9", "C2", LookupKey.BlindCode)]
    [InlineData("Ｋ７Ｑ２", "C1", LookupKey.BlindCode)]
    [InlineData("c3", "C3", LookupKey.CompetitorId)]
    [InlineData("11010519491231002x", "C1", LookupKey.IdNumber)]
    [InlineData("110105 19491231 002X", "C1", LookupKey.IdNumber)]
    [InlineData("440308199001011239\n", "C2", LookupKey.IdNumber)]
    [InlineData("h1234567", "C5", LookupKey.IdNumber)]
    public void The_desk_finds_a_competitor_by_station_code_id_or_ID_number(string text, string competitorId, LookupKey by)
    {
        var (match, refusal) = CompetitorLookup.Find(Roster, text);
        Assert.Null(refusal);
        Assert.Equal((competitorId, by), (match!.Competitor.CompetitorId, match.By));
    }

    [Theory]
    [InlineData("", "lookup-empty")]
    [InlineData("  ", "lookup-empty")]
    [InlineData(null, "lookup-empty")]
    [InlineData("3", "lookup-no-match")]
    [InlineData("1101051949123100", "lookup-no-match")]
    [InlineData("K7Q", "lookup-no-match")]
    [InlineData("12", "lookup-ambiguous")]
    public void Text_that_names_no_one_or_more_than_one_competitor_is_refused(string? text, string code)
    {
        var (match, refusal) = CompetitorLookup.Find(Roster, text);
        Assert.Null(match);
        Assert.Equal(code, refusal!.Code);
    }

    [Fact]
    public void A_refusal_never_repeats_what_was_typed_since_it_may_be_an_ID_number()
    {
        var (_, refusal) = CompetitorLookup.Find(Roster, "110105194912310000");
        Assert.Equal("lookup-no-match", refusal!.Code);
        Assert.DoesNotContain("110105", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_run_of_digits_is_never_a_station()
    {
        var (match, refusal) = CompetitorLookup.Find([new RosterKeys("C9", 1234567, null, null)], "1234567");
        Assert.Null(match);
        Assert.Equal("lookup-no-match", refusal!.Code);
    }

    [Theory]
    [InlineData("第一场", "S1-3")]
    [InlineData("第二场", "S2-3")]
    public void In_sessions_a_station_names_the_competitor_of_the_session_being_checked_in(string session, string expected)
    {
        RosterKeys[] seated = [new("S1-3", 3, "AAAA", null, "第一场"), new("S2-3", 3, "BBBB", null, "第二场")];

        var (match, refusal) = CompetitorLookup.Find(seated, "3", session);

        Assert.Null(refusal);
        Assert.Equal(expected, match!.Competitor.CompetitorId);
        Assert.Equal("lookup-no-match", CompetitorLookup.Find(seated, "3").Refusal!.Code); // no session running or next
        Assert.Equal("S2-3", CompetitorLookup.Find(seated, "BBBB", session).Match!.Competitor.CompetitorId); // codes name anyone
    }
}
