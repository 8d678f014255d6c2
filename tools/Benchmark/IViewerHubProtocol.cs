using System.Net.WebSockets;

namespace Competitions.Benchmark;

/// <summary>
/// What a raw viewer needs of a SignalR hub protocol: its name for the handshake, how its records are framed on the
/// WebSocket, the two records a viewer sends, and a reading of received records that takes only what the measurement
/// needs. Only JSON exists (<see cref="JsonViewerProtocol"/>); MessagePack would frame each record by a varint length
/// prefix instead of a trailing 0x1e, and travel as binary messages.
/// </summary>
public interface IViewerHubProtocol
{
    /// <summary>The protocol the handshake asks for ("json").</summary>
    string Name { get; }

    /// <summary>How the records travel after the handshake (text for JSON).</summary>
    WebSocketMessageType MessageType { get; }

    /// <summary>The framed ping record.</summary>
    ReadOnlyMemory<byte> Ping { get; }

    /// <summary>The framed invocation <c>WatchPublicBoard(contestId, eventCode)</c>.</summary>
    byte[] WatchPublicBoard(string contestId, string eventCode);

    /// <summary>
    /// The first complete record at the start of <paramref name="buffered"/>: where its bytes are and how many bytes it
    /// takes with its framing. False while the record is incomplete (its rest comes in a later WebSocket message).
    /// </summary>
    bool TryFrame(ReadOnlySpan<byte> buffered, out Range record, out int framedLength);

    /// <summary>Reads one unframed record; of a board delta, hands each changed row's name to <paramref name="rows"/>.</summary>
    HubRecord Read<TRows>(ReadOnlySpan<byte> record, ref TRows rows)
        where TRows : struct, IChangedRows;
}
