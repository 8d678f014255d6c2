namespace Competitions.Benchmark;

/// <summary>Of a delta's changed rows, how many there are and when the newest mark among them was sent (0 if none is known, or not measuring).</summary>
public struct NewestMarkSent(ViewerSwarm swarm, string eventCode, bool measuring) : IChangedRows
{
    public long SentAt { get; private set; }

    public int Rows { get; private set; }

    public void Changed(ReadOnlySpan<char> name)
    {
        Rows++;
        if (measuring && swarm.TryGetSentAt(new PublicRowName(eventCode, name), out var sent) && sent > SentAt)
        {
            SentAt = sent;
        }
    }
}
