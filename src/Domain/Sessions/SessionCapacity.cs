namespace Competitions.Domain.Sessions;

/// <summary>One session (场次) of an event as planned: how many competitors it may take.</summary>
public sealed record SessionCapacity(string Name, int Capacity);
