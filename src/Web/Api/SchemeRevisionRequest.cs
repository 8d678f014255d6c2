using Competitions.Contracts.Schemes;

namespace Competitions.Web.Api;

public sealed record SchemeRevisionRequest(MarkingSchemeDefinition Scheme, string Reason);
