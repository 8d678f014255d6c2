namespace Competitions.Benchmark;

/// <summary>The records a viewer tells apart; pings and anything else it does not answer are <see cref="Other"/>.</summary>
public enum HubRecordKind
{
    Other,
    BoardChanged,
    Completion,
    Close,
}
