namespace Competitions.Domain.Registry;

/// <summary>One entry of a person: the competitor he was in an event (key <c>contest/event</c>), since when, at which level.</summary>
public sealed record RegistryLink(string EventKey, string CompetitorId, DateTimeOffset LinkedAt, string? Level);
