using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;

namespace Competitions.Benchmark;

/// <summary>
/// One public viewer on a raw WebSocket, speaking the hub protocol itself: the handshake, one <c>WatchPublicBoard</c>
/// invocation, then a receive loop that reads of each board delta only its changed rows' names. It answers nothing
/// (the swarm sends its pings). Records are cut out of one buffer per connection, which grows while a record spans
/// more than it holds (the board snapshot the invocation returns) and shrinks back once that record is read.
/// </summary>
public sealed class ViewerConnection(ViewerSwarm swarm, IViewerHubProtocol protocol, string eventCode) : IAsyncDisposable
{
    private const int BufferBytes = 4096;

    // No WebSocket-level keep-alive: the hub only counts its own pings, which the swarm sends.
    private readonly ClientWebSocket _socket = new() { Options = { KeepAliveInterval = TimeSpan.Zero } };
    private readonly TaskCompletionSource<string?> _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string?> _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private volatile bool _open;
    private string? _closedBecause;

    public bool IsOpen => _open;

    /// <summary>Connects and watches the board; null once watching, otherwise why not.</summary>
    public async Task<string?> OpenAsync(Uri hub, HttpMessageInvoker invoker, string contestId, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.ConnectAsync(hub, invoker, cancellationToken);
            _open = true;
            await _socket.SendAsync(HubHandshake.Request(protocol), WebSocketMessageType.Text, true, cancellationToken);
            _receiving = ReceiveAsync();
            if (await _handshake.Task.WaitAsync(cancellationToken) is { } refused)
            {
                return $"handshake refused: {refused}";
            }

            await _socket.SendAsync(protocol.WatchPublicBoard(contestId, eventCode), protocol.MessageType, true, cancellationToken);
            return await _watching.Task.WaitAsync(cancellationToken) is { } failed ? $"WatchPublicBoard failed: {failed}" : null;
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    public async ValueTask PingAsync(CancellationToken cancellationToken)
    {
        if (!_open)
        {
            return;
        }

        try
        {
            await _socket.SendAsync(protocol.Ping, protocol.MessageType, true, cancellationToken);
        }
        catch (WebSocketException)
        {
            // The receive loop sees the same end and marks the viewer closed.
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        var (filled, handshaken) = (0, false);
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = Resize(buffer, filled, buffer.Length * 2);
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    _closedBecause ??= $"closed by the hub: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    return;
                }

                filled += received.Count;
                var consumed = 0;
                if (!handshaken)
                {
                    if (!HubHandshake.TryReadAnswer(buffer.AsSpan(0, filled), out consumed, out var refused))
                    {
                        continue;
                    }

                    handshaken = true;
                    _handshake.TrySetResult(refused);
                }

                consumed += ReadRecords(buffer.AsSpan(consumed, filled - consumed), Stopwatch.GetTimestamp());
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (buffer.Length > BufferBytes && filled < BufferBytes)
                {
                    buffer = Resize(buffer, filled, BufferBytes);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closedBecause ??= e.Message;
        }
        finally
        {
            _open = false;
            _handshake.TrySetResult(_closedBecause ?? "closed");
            _watching.TrySetResult(_closedBecause ?? "closed");
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Every complete record in <paramref name="buffered"/>; how many bytes they took (an incomplete one stays).</summary>
    private int ReadRecords(ReadOnlySpan<byte> buffered, long receivedAt)
    {
        var consumed = 0;
        while (protocol.TryFrame(buffered[consumed..], out var range, out var framedLength))
        {
            var newest = new NewestMarkSent(swarm, eventCode, swarm.Measuring);
            var record = protocol.Read(buffered[consumed..][range], ref newest);
            consumed += framedLength;
            switch (record.Kind)
            {
                case HubRecordKind.BoardChanged:
                    swarm.Delivered(newest.SentAt, newest.Rows, receivedAt);
                    break;
                case HubRecordKind.Completion:
                    _watching.TrySetResult(record.Error);
                    break;
                case HubRecordKind.Close:
                    _closedBecause = $"closed by the hub: {record.Error ?? "no error"}";
                    break;
            }
        }

        return consumed;
    }

    private static byte[] Resize(byte[] buffer, int filled, int size)
    {
        var resized = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, filled).CopyTo(resized);
        ArrayPool<byte>.Shared.Return(buffer);
        return resized;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token);
                await _receiving.WaitAsync(patience.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Aborted below.
            }
        }

        _socket.Dispose();
        await _receiving;
    }
}
