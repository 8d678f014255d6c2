using Competitions.Contracts.Events;

namespace Competitions.Web.Api;

public sealed record StatusChangeRequest(EventStatus Status);
