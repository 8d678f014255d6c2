namespace Competitions.Benchmark;

/// <summary>A public row's name as a viewer reads it off a delta, still in its receive buffer: looks up when its mark was sent without a string.</summary>
public readonly ref struct PublicRowName(string eventCode, ReadOnlySpan<char> name)
{
    public string EventCode { get; } = eventCode;

    public ReadOnlySpan<char> Name { get; } = name;
}
