using Competitions.Contracts.Events;
using Competitions.Domain.Workflow;

namespace Competitions.Web.Api;

public sealed record StatusChangeRequest(EventStatus Status);
