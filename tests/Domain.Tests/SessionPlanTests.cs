using Competitions.Domain.Draws;
using Competitions.Domain.Sessions;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

public sealed class SessionPlanTests
{
    private static List<string> Competitors(int count) => [.. Enumerable.Range(1, count).Select(i => $"C{i:000}")];

    private static List<string> DrawOrder(string seed, IEnumerable<string> ids) =>
        [.. LotDraw.Draw(seed, ids, theoryCodes: false).OrderBy(l => l.Station).Select(l => l.CompetitorId)];

    private static List<SessionCapacity> Sessions(params int[] capacities) =>
        [.. capacities.Select((c, i) => new SessionCapacity($"第{i + 1}场", c))];

    [Theory]
    [InlineData(81, new[] { 30, 30, 30 }, 30, new[] { 27, 27, 27 })]
    [InlineData(82, new[] { 30, 30, 30 }, 30, new[] { 28, 27, 27 })] // the odd competitor goes to the earlier session
    [InlineData(50, new[] { 40, 10, 40 }, 30, new[] { 20, 10, 20 })] // 40 seats, but only 30 stations; 10 fills up
    [InlineData(90, new[] { 30, 30, 30 }, 30, new[] { 30, 30, 30 })] // exactly full
    [InlineData(3, new[] { 30, 30, 30 }, 30, new[] { 1, 1, 1 })]
    public void The_field_is_spread_as_evenly_as_capacities_and_stations_allow(int competitors, int[] capacities, int stations, int[] expected)
    {
        var seats = SessionPlan.Assign(Competitors(competitors), Sessions(capacities), stations);

        Assert.Equal(expected, Sessions(capacities).Select(s => seats.Count(x => x.Session == s.Name)));
        Assert.All(seats.GroupBy(s => s.Session), session =>
            Assert.Equal(Enumerable.Range(1, session.Count()), session.Select(s => s.Station).Order()));
        Assert.Equal(competitors, seats.Select(s => s.CompetitorId).Distinct().Count());
    }

    [Fact]
    public void The_same_draw_seed_gives_the_same_plan_and_another_seed_another()
    {
        var ids = Competitors(60);
        var sessions = Sessions(20, 20, 20);

        var first = SessionPlan.Assign(DrawOrder("seed-2026", ids), sessions, 20);
        var again = SessionPlan.Assign(DrawOrder("seed-2026", ids.AsEnumerable().Reverse()), sessions, 20);
        var other = SessionPlan.Assign(DrawOrder("another-seed", ids), sessions, 20);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Sessions_take_consecutive_runs_of_the_drawn_order()
    {
        var order = Competitors(5);
        var seats = SessionPlan.Assign(order, Sessions(3, 3), 3);

        Assert.Equal(["第1场 1 C001", "第1场 2 C002", "第1场 3 C003", "第2场 1 C004", "第2场 2 C005"], seats.Select(s => $"{s.Session} {s.Station} {s.CompetitorId}"));
    }

    [Theory]
    [InlineData(91, new[] { 30, 30, 30 }, 30, "sessions-too-small")]
    [InlineData(61, new[] { 40, 40 }, 30, "sessions-too-small")] // capacity 80 but 30 stations: 60 seats
    [InlineData(10, new[] { 30, 0 }, 30, "sessions-required")]
    [InlineData(10, new int[0], 30, "sessions-required")]
    [InlineData(10, new[] { 30 }, 0, "stations-required")]
    public void A_plan_that_cannot_seat_everyone_is_refused_with_what_to_change(int competitors, int[] capacities, int stations, string code)
    {
        Assert.Equal(code, SessionPlan.Check(competitors, Sessions(capacities), stations)?.Code);
        Assert.Throws<ArgumentException>(() => SessionPlan.Assign(Competitors(competitors), Sessions(capacities), stations));
    }

    private static readonly DateTime Day = new(2026, 5, 12);

    private static readonly PlannedSession[] Defined =
    [
        new("下午场", Day.AddHours(14), Day.AddHours(17)),
        new("上午场", Day.AddHours(8), Day.AddHours(11)),
    ];

    [Fact]
    public void Capacities_follow_the_order_sessions_run_and_a_session_left_out_gets_no_seats()
    {
        var (sessions, problem) = SessionPlan.Capacities(Defined, new Dictionary<string, int> { ["下午场"] = 12 });

        Assert.Null(problem);
        Assert.Equal([new SessionCapacity("上午场", 0), new SessionCapacity("下午场", 12)], sessions);
        Assert.Equal("sessions-required", SessionPlan.Check(5, sessions, 10)?.Code);
    }

    [Fact]
    public void Capacities_refuse_an_unknown_session_repeated_names_and_an_event_without_sessions()
    {
        Assert.Equal("session-unknown", SessionPlan.Capacities(Defined, new Dictionary<string, int> { ["晚场"] = 5 }).Problem?.Code);
        Assert.Equal("session-name-repeated", SessionPlan.Capacities([.. Defined, Defined[0]], new Dictionary<string, int>()).Problem?.Code);
        Assert.Equal("sessions-undefined", SessionPlan.Capacities([], new Dictionary<string, int>()).Problem?.Code);
    }

    [Theory]
    [InlineData(true, EventStatus.Setup, true, null)]
    [InlineData(false, EventStatus.Setup, true, "organizers-only")]
    [InlineData(true, EventStatus.Scoring, true, "sessions-closed")] // stations must not move under judges' tablets
    [InlineData(true, EventStatus.Setup, false, "draw-required")]
    public void Only_organizers_seat_the_field_in_setup_from_a_draw_of_the_whole_roster(bool organizer, EventStatus status, bool drawn, string? code)
    {
        var refusal = SessionPlan.Opening(new Actor(organizer, organizer ? null : "J1"), status, drawn);

        Assert.Equal(code, refusal?.Code);
        Assert.True(code is null || refusal!.Kind == (organizer ? RefusalKind.Conflict : RefusalKind.Forbidden));
    }
}
