using System.Net;
using System.Net.Http.Json;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Sessions;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Competitions.Integration.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SessionScheduleTests(CompetitionsFixture fixture)
{
    /// <summary>The contest's wall clock now (TestContest's contests run in Asia/Shanghai), to define sessions around.</summary>
    public static DateTime ContestNow() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime;

    /// <summary>第一场 started 30 minutes ago and runs another hour; 第二场 follows in 实训楼B.</summary>
    public static EventDefinition WithSessions(bool blind)
    {
        var now = ContestNow();
        return new EventDefinition(TestContest.EventCode, "车工（职工组）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m, BlindMarking: blind,
            Sessions: [new EventSession("第一场", now.AddMinutes(-30), now.AddMinutes(60)), new EventSession("第二场", now.AddMinutes(90), now.AddMinutes(180), "实训楼B")]);
    }

    private static async Task<string> CodeOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Extensions["code"]!.ToString()!;
    }

    [Fact]
    public async Task Organizers_seat_the_drawn_roster_a_plan_that_does_not_fit_changes_nothing_and_the_schedule_runs_live()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        (await contest.Organizer.PutJsonAsync(contest.EventPath, WithSessions(blind: true))).EnsureSuccessStatusCode();
        var plan = $"{contest.EventPath}/sessions/plan";
        var fits = new SessionPlanRequest(2, new Dictionary<string, int> { ["第一场"] = 2, ["第二场"] = 2 });

        Assert.Equal("draw-required", await CodeOf(await contest.Organizer.PostJsonAsync(plan, fits), HttpStatusCode.Conflict));
        var draw = await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/draw", new DrawRequest("场次-2026"))).ReadAsync<DrawResult>();
        var tooSmall = new SessionPlanRequest(1, new Dictionary<string, int> { ["第一场"] = 2, ["第二场"] = 2 });
        Assert.Equal("sessions-too-small", await CodeOf(await contest.Organizer.PostJsonAsync(plan, tooSmall), HttpStatusCode.BadRequest));
        Assert.Equal("session-unknown", await CodeOf(
            await contest.Organizer.PostJsonAsync(plan, new SessionPlanRequest(2, new Dictionary<string, int> { ["晚场"] = 3 })), HttpStatusCode.BadRequest));
        var unchanged = await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath}/competitors", Json.Options);
        Assert.All(unchanged!, c => Assert.Null(c.Session));
        Assert.Equal(draw.Entries.Select(e => (int?)e.Station), unchanged!.Select(c => c.Station));

        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.PostJsonAsync(plan, fits)).StatusCode);
        var schedule = await (await contest.Organizer.PostJsonAsync(plan, fits)).ReadAsync<EventSchedule>();

        // Drawn order: the first two drawn sit in 第一场 at stations 1 and 2, the third in 第二场 at station 1.
        var drawn = draw.Entries.OrderBy(e => e.Station).Select(e => e.CompetitorId).ToList();
        Assert.Equal(["第一场", "第二场"], schedule.Sessions.Select(s => s.Name));
        Assert.Equal([(1, drawn[0]), (2, drawn[1])], schedule.Sessions[0].Seats.Select(s => (s.Station, s.CompetitorId!)));
        Assert.Equal([(1, drawn[2])], schedule.Sessions[1].Seats.Select(s => (s.Station, s.CompetitorId!)));
        Assert.Equal("实训楼B", schedule.Sessions[1].Venue);
        Assert.Equal(("第一场", "第二场"), (schedule.CurrentSession, schedule.NextSession));
        Assert.InRange(schedule.Sessions[0].MinutesLate, 29, 31); // started by plan, nobody at the desk
        Assert.All(schedule.Sessions.SelectMany(s => s.Seats), s => Assert.NotNull(s.Name));
        var roster = await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath}/competitors", Json.Options);
        Assert.Equal("第二场", roster!.Single(c => c.Id == drawn[2]).Session);

        var store = new LedgerStore(NpgsqlDataSource.Create(fixture.Database.ConnectionString));
        var row = (await store.ReadStreamAsync(LedgerStreams.Event($"{contest.ContestId}/{TestContest.EventCode}")))
            .Single(r => r.Record.Kind == LedgerKinds.SessionsAssigned);
        Assert.Equal($"stations=2; capacities=2,2; seated=2,1; draw-sha256={draw.MappingSha256}", row.Record.Reason);

        // A check-in starts the session: it is no longer late, and the seat says so to the public.
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/check-in", new CheckInCommand(Guid.NewGuid(), drawn[0]))).EnsureSuccessStatusCode();
        using var anonymous = fixture.CreateClient();
        var publicUrl = $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/schedule";
        var shown = await anonymous.GetFromJsonAsync<EventSchedule>(publicUrl, Json.Options);
        for (var attempt = 0; shown!.Sessions[0].Seats[0].State != SeatState.CheckedIn && attempt < 50; attempt++)
        {
            await Task.Delay(200); // the board hears of the check-in from the sheet, and the read is cached for a second
            shown = await anonymous.GetFromJsonAsync<EventSchedule>(publicUrl, Json.Options);
        }

        Assert.Equal(SeatState.CheckedIn, shown.Sessions[0].Seats[0].State);
        Assert.Equal(0, shown.Sessions[0].MinutesLate);

        // Blind marking: judges know competitors by station, so the public sees codes, never names, ids or organisations.
        Assert.False(shown.Names);
        Assert.All(shown.Sessions.SelectMany(s => s.Seats), s =>
        {
            Assert.Null(s.Name);
            Assert.Null(s.CompetitorId);
            Assert.Null(s.Organisation);
            Assert.NotNull(s.BlindCode);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{contest.EventPath}/schedule")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.GetAsync($"{contest.EventPath}/schedule")).StatusCode);
        var pdf = await contest.Organizer.GetAsync($"{contest.EventPath}/schedule.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        // The chief judge's tablet lists 第一场 first: station order alone would put 第二场's station 1 second.
        var workload = await chief.GetFromJsonAsync<JudgeWorkload>("/api/judge/workload", Json.Options);
        var assignment = workload!.Events.Single().Assignment;
        Assert.Equal("第一场", assignment.CurrentSession);
        Assert.Equal([drawn[0], drawn[1], drawn[2]], assignment.Competitors.Select(c => c.Id));
    }

    [Fact]
    public async Task An_open_event_with_public_names_shows_names_on_the_public_schedule_and_no_plan_after_marking_started()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        (await contest.Organizer.PutJsonAsync(contest.EventPath, WithSessions(blind: false))).EnsureSuccessStatusCode();
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/draw", new DrawRequest("open"))).EnsureSuccessStatusCode();
        var fits = new SessionPlanRequest(3, new Dictionary<string, int> { ["第一场"] = 3, ["第二场"] = 3 });
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/sessions/plan", fits)).EnsureSuccessStatusCode();

        using var anonymous = fixture.CreateClient();
        var shown = await anonymous.GetFromJsonAsync<EventSchedule>($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/schedule", Json.Options);
        Assert.True(shown!.Names);
        Assert.Contains("李娜", shown.Sessions.SelectMany(s => s.Seats).Select(s => s.Name));
        Assert.All(shown.Sessions.SelectMany(s => s.Seats), s => Assert.Null(s.CompetitorId));

        (await contest.ChangeStatusAsync(contest.Organizer, Domain.Workflow.EventStatus.Scoring)).EnsureSuccessStatusCode();
        Assert.Equal("sessions-closed", await CodeOf(await contest.Organizer.PostJsonAsync($"{contest.EventPath}/sessions/plan", fits), HttpStatusCode.Conflict));
    }
}
