using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Competitions.Benchmark;

/// <summary>
/// SignalR's JSON hub protocol, as much of it as a public viewer uses: records are JSON objects each ended by 0x1e, and
/// a board delta is read with <see cref="Utf8JsonReader"/> straight off the received bytes, down to the changed rows'
/// names and no further (no deserialization, no strings but the rare name too long for the stack).
/// </summary>
public sealed class JsonViewerProtocol : IViewerHubProtocol
{
    public const byte RecordSeparator = 0x1e;

    /// <summary>Longer names are read into a string instead of onto the stack.</summary>
    private const int NameChars = 256;

    private static readonly byte[] PingRecord = [.. "{\"type\":6}"u8, RecordSeparator];

    public static JsonViewerProtocol Instance { get; } = new();

    private JsonViewerProtocol()
    {
    }

    public string Name => "json";

    public WebSocketMessageType MessageType => WebSocketMessageType.Text;

    public ReadOnlyMemory<byte> Ping => PingRecord;

    public byte[] WatchPublicBoard(string contestId, string eventCode)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type"u8, 1);
            writer.WriteString("invocationId"u8, "1"u8);
            writer.WriteString("target"u8, "WatchPublicBoard"u8);
            writer.WriteStartArray("arguments"u8);
            writer.WriteStringValue(contestId);
            writer.WriteStringValue(eventCode);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.Write([RecordSeparator]);
        return buffer.WrittenSpan.ToArray();
    }

    public bool TryFrame(ReadOnlySpan<byte> buffered, out Range record, out int framedLength)
    {
        var end = buffered.IndexOf(RecordSeparator);
        (record, framedLength) = end < 0 ? (default, 0) : (..end, end + 1);
        return end >= 0;
    }

    public HubRecord Read<TRows>(ReadOnlySpan<byte> record, ref TRows rows)
        where TRows : struct, IChangedRows
    {
        var reader = new Utf8JsonReader(record);
        reader.Read();
        var (type, boardChanged, error, argumentsAt) = (0, false, (string?)null, -1);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                reader.Read();
                boardChanged = reader.ValueTextEquals("boardChanged"u8);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = reader.GetString();
            }
            else if (reader.ValueTextEquals("arguments"u8) && type == 1 && boardChanged)
            {
                // The server writes type and target before the arguments, so this is the usual path: one pass, stopped early.
                reader.Read();
                ReadChangedNames(ref reader, ref rows);
                return new HubRecord(HubRecordKind.BoardChanged);
            }
            else
            {
                if (reader.ValueTextEquals("arguments"u8))
                {
                    reader.Read();
                    argumentsAt = (int)reader.TokenStartIndex;
                }

                reader.Skip();
            }
        }

        switch (type)
        {
            case 1 when boardChanged:
                if (argumentsAt >= 0)
                {
                    // Arguments came before the target: read them again now that the record is known to be a delta.
                    var arguments = new Utf8JsonReader(record[argumentsAt..]);
                    arguments.Read();
                    ReadChangedNames(ref arguments, ref rows);
                }

                return new HubRecord(HubRecordKind.BoardChanged);
            case 3:
                return new HubRecord(HubRecordKind.Completion, error);
            case 7:
                return new HubRecord(HubRecordKind.Close, error);
            default:
                return new HubRecord(HubRecordKind.Other);
        }
    }

    /// <summary>From the arguments' opening bracket: the <c>name</c> of each row in the delta's <c>changed</c>.</summary>
    private static void ReadChangedNames<TRows>(ref Utf8JsonReader reader, ref TRows rows)
        where TRows : struct, IChangedRows
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        Span<char> name = stackalloc char[NameChars];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("changed"u8))
            {
                reader.Skip();
                continue;
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (!reader.ValueTextEquals("name"u8))
                    {
                        reader.Skip();
                        continue;
                    }

                    reader.Read();
                    if (reader.ValueSpan.Length <= NameChars)
                    {
                        // Escaped or not, a name never has more characters than its UTF-8 bytes.
                        rows.Changed(name[..reader.CopyString(name)]);
                    }
                    else
                    {
                        rows.Changed(reader.GetString());
                    }
                }
            }

            return;
        }
    }
}
