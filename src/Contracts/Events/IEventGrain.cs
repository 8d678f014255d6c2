using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Workflow;
using Orleans.Concurrency;

namespace Competitions.Contracts.Events;

/// <summary>An event's configuration, roster, panels and workflow status. Key: <see cref="Keys.Event"/>.</summary>
public interface IEventGrain : IGrainWithStringKey
{
    Task Define(EventDefinition definition);

    Task SetScheme(MarkingSchemeDefinition scheme);

    /// <summary>
    /// A new version of the scheme during marking, with a reason, in the ledger. Marks already entered must keep their
    /// meaning: no aspect is removed or changes kind, and a measurement keeps its max mark and step.
    /// </summary>
    Task<EventView> ReviseScheme(Caller caller, MarkingSchemeDefinition scheme, string reason);

    /// <summary>Adds competitors or replaces those with the same id; all or nothing.</summary>
    Task RegisterCompetitors(IReadOnlyList<CompetitorEntry> competitors);

    Task SetPanels(PanelSetup setup);

    Task AddRecusal(Recusal recusal);

    /// <summary>Moves the workflow forward; refuses to lock while marks are missing or disputes are open.</summary>
    Task<EventView> ChangeStatus(Caller caller, EventStatus target);

    // Reads interleave: a sheet or leaderboard asking for configuration must never wait on a command of this
    // event that is itself waiting on that sheet or leaderboard.
    [AlwaysInterleave]
    Task<EventView> Get();

    [AlwaysInterleave]
    Task<IReadOnlyList<CompetitorEntry>> GetRoster();

    [AlwaysInterleave]
    Task<ScoringContext> GetScoringContext(string competitorId);

    /// <summary>Every competitor's scoring context, in roster order: what a leaderboard needs to build in one call.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<ScoringContext>> GetScoringContexts();

    /// <summary>Freezes, embargoes or reopens the public board; organizers only.</summary>
    Task<Publication> SetPublicBoard(Caller caller, PublicBoardMode mode);

    [AlwaysInterleave]
    Task<Publication> GetPublication();

    /// <summary>The event's secret for public row keys: for its leaderboard only, never for an API response.</summary>
    [AlwaysInterleave]
    Task<string> GetPublicRowSecret();

    /// <summary>
    /// Draws stations, blind codes and (when asked) theory-paper codes for the roster, records the draw in the
    /// event's ledger and writes it into the roster; organizers only, while the event is in Setup.
    /// </summary>
    Task<DrawResult> DrawLots(Caller caller, DrawRequest request);

    /// <summary>The last draw, with the code → name mapping; organizers only, NotFound before any draw.</summary>
    [AlwaysInterleave]
    Task<DrawResult> GetDraw(Caller caller);

    /// <summary>
    /// Erases the roster's ID numbers once the results are final (<see cref="Domain.Retention.PersonalDataRetention"/>),
    /// recorded first in the event's ledger stream with what was erased, when, by whom and for how many competitors.
    /// Done once per event: a repeat answers with the recorded erasure and changes nothing.
    /// </summary>
    Task<PersonalDataErasure> ErasePersonalData(Caller caller);

    /// <summary>
    /// The check-in desk's list (检录): every competitor with his attendance and counts, names and masked ID numbers as
    /// the caller may see them; organizers and the chief judge only.
    /// </summary>
    [AlwaysInterleave]
    Task<CheckInList> GetCheckIn(Caller caller);

    /// <summary>
    /// Checks in the competitor named by what the desk typed or scanned (station, blind code, competitor id or ID
    /// number, <see cref="Domain.CheckIn.CompetitorLookup"/>), in his score sheet's stream.
    /// </summary>
    Task<CheckInOutcome> CheckIn(Caller caller, CheckInCommand command);

    /// <summary>
    /// Ends check-in: every competitor still waiting is marked absent, each with an entry id derived from
    /// <paramref name="entryId"/>, so a resend marks no one twice. Competitors judges have marked are left waiting.
    /// </summary>
    Task<AbsenceSweep> MarkWaitingAbsent(Caller caller, Guid entryId);

    /// <summary>The part of the event a judge works on; NotFound when he is neither on a panel nor the chief judge.</summary>
    [AlwaysInterleave]
    Task<JudgeEventAssignment> GetJudgeAssignment(string judgeId);

    /// <summary>
    /// Seats the roster in the event's sessions and stations in drawn order (<see cref="Domain.Sessions.SessionPlan"/>),
    /// recorded first in the event's ledger stream; organizers only, in Setup, after a draw of the whole roster.
    /// </summary>
    Task<EventSchedule> AssignSessions(Caller caller, SessionPlanRequest request);

    /// <summary>The day's schedule with names, ids and organisations; organizers only.</summary>
    [AlwaysInterleave]
    Task<EventSchedule> GetSchedule(Caller caller);

    /// <summary>The day's schedule as the public may see it (<see cref="Domain.Sessions.ScheduleVisibility"/>): never an id.</summary>
    [AlwaysInterleave]
    Task<EventSchedule> GetPublicSchedule();
}
