namespace Competitions.Benchmark;

/// <summary>Receives the name of each changed row of a board delta as the protocol reads it (the name is only borrowed).</summary>
public interface IChangedRows
{
    void Changed(ReadOnlySpan<char> name);
}
