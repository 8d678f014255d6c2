namespace Competitions.Domain.Visibility;

/// <summary>A viewer of an event's board; <paramref name="SitsOnPanel"/>: he marks competitors of this event himself.</summary>
public sealed record Viewer(ViewerRole Role, bool SitsOnPanel = false);
