using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Workflow;

namespace Competitions.Web.Api;

/// <summary>One line of the organizers' overview: an event, its workflow status and how far its marking has come.</summary>
public sealed record EventOverview(string Code, string Name, string Venue, EventStatus Status, PublicBoardMode PublicBoard, int Aspects, EventProgress Progress);
