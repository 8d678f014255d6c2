using System.Text;
using System.Text.Json;

namespace Competitions.Benchmark;

/// <summary>
/// SignalR's handshake, which is JSON ended by 0x1e whatever protocol it asks for: the request names the protocol, the
/// answer is <c>{}</c> or <c>{"error":"…"}</c>, and the records after it may share its WebSocket message.
/// </summary>
public static class HubHandshake
{
    public static byte[] Request(IViewerHubProtocol protocol) =>
        Encoding.UTF8.GetBytes($"{{\"protocol\":\"{protocol.Name}\",\"version\":1}}\u001e");

    /// <summary>False until the whole answer is buffered; then how many bytes it took and the hub's error, if it refused.</summary>
    public static bool TryReadAnswer(ReadOnlySpan<byte> buffered, out int framedLength, out string? error)
    {
        (framedLength, error) = (0, null);
        var end = buffered.IndexOf(JsonViewerProtocol.RecordSeparator);
        if (end < 0)
        {
            return false;
        }

        framedLength = end + 1;
        var reader = new Utf8JsonReader(buffered[..end]);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = reader.GetString() ?? "refused";
            }
            else
            {
                reader.Skip();
            }
        }

        return true;
    }
}
