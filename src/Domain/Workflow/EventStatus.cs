namespace Competitions.Domain.Workflow;

/// <summary>The scoring workflow of an event; it only moves forward.</summary>
public enum EventStatus
{
    /// <summary>Being configured; no marks accepted.</summary>
    Setup,

    /// <summary>Judges mark; the marking scheme is frozen.</summary>
    Scoring,

    /// <summary>Every mark is in and no dispute is open; only the chief judge corrects, with a reason.</summary>
    Locked,

    /// <summary>Results are public.</summary>
    Published,
}
