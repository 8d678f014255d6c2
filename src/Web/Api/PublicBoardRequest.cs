using Competitions.Contracts.Events;

namespace Competitions.Web.Api;

public sealed record PublicBoardRequest(PublicBoardMode Mode);
