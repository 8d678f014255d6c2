using Competitions.Domain.Awards;

namespace Competitions.Domain.Tests;

public sealed class MedalTableTests
{
    private static readonly EventPrizes PublishedFinal = new(true,
    [
        new DelegationPrizes("福田区", 1, 0, 1, true),
        new DelegationPrizes("南山区", 0, 2, 0, true),
    ]);

    private static readonly EventPrizes PublishedInNotice = new(true,
    [
        new DelegationPrizes("南山区", 1, 0, 0, false),
        new DelegationPrizes("宝安区", 0, 0, 3, false),
    ]);

    private static readonly EventPrizes StillMarking = new(false,
    [
        new DelegationPrizes("宝安区", 2, 0, 0, false),
        new DelegationPrizes("罗湖区", 0, 0, 1, false),
    ]);

    private static string Table(MedalCounting counting) => string.Join(" | ",
        MedalTable.Rank([PublishedFinal, PublishedInNotice, StillMarking], counting)
            .Select(p => $"{p.Delegation} {p.First}/{p.Second}/{p.Third}{(p.Final ? "" : " provisional")}"));

    [Fact]
    public void Counting_all_events_adds_provisional_prizes_and_marks_every_row_holding_one()
    {
        Assert.Equal(
            "宝安区 2/0/3 provisional | 南山区 1/2/0 provisional | 福田区 1/0/1 | 罗湖区 0/0/1 provisional",
            Table(MedalCounting.AllEvents));
    }

    [Fact]
    public void Counting_published_events_leaves_out_events_still_marking_but_keeps_those_in_their_notice_period_provisional()
    {
        Assert.Equal(
            "南山区 1/2/0 provisional | 福田区 1/0/1 | 宝安区 0/0/3 provisional",
            Table(MedalCounting.PublishedEvents));
    }

    [Fact]
    public void Delegations_tied_on_every_count_are_listed_by_name_whatever_order_the_events_came_in()
    {
        var a = new EventPrizes(true, [new DelegationPrizes("b", 1, 1, 0, true)]);
        var b = new EventPrizes(true, [new DelegationPrizes("a", 1, 1, 0, true)]);

        Assert.Equal(["a", "b"], MedalTable.Rank([a, b], MedalCounting.AllEvents).Select(p => p.Delegation));
        Assert.Equal(["a", "b"], MedalTable.Rank([b, a], MedalCounting.AllEvents).Select(p => p.Delegation));
    }

    [Fact]
    public void A_delegation_without_any_prize_has_no_row()
    {
        var none = new EventPrizes(true, [new DelegationPrizes("盐田区", 0, 0, 0, true)]);
        Assert.Empty(MedalTable.Rank([none], MedalCounting.AllEvents));
    }
}
