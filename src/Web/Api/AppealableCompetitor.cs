namespace Competitions.Web.Api;

public sealed record AppealableCompetitor(string Id, string Name);
