using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Competitions.Domain.Ledger;

/// <summary>
/// One append-only ledger row. Each row's hash covers its own fields and the previous row's hash in the same
/// stream (one stream per score sheet, one per event), so editing or deleting a row breaks the chain after it.
/// </summary>
public sealed record LedgerRecord(
    string Stream,
    int Sequence,
    Guid EntryId,
    string Kind,
    string EventKey,
    string? CompetitorId,
    string? AspectId,
    string? JudgeId,
    string ActorId,
    string? DeviceId,
    decimal? Value,
    decimal? PreviousValue,
    string? Reason,
    DateTimeOffset RecordedAt)
{
    public static byte[] GenesisHash { get; } = new byte[32];

    /// <summary>PostgreSQL keeps microseconds; hashing a finer clock would make stored rows fail verification.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>
    /// Version 1 joined the fields with U+001F, which free text (a device id, a reason) may itself contain, so content
    /// moved across a separator kept its hash. Rows written before version 2 keep version 1 and still verify.
    /// </summary>
    public const int FirstHashVersion = 1;

    /// <summary>Version 2 writes every field with its UTF-8 length before it: no two different rows share an input.</summary>
    public const int CurrentHashVersion = 2;

    public static bool IsKnownHashVersion(int version) => version is FirstHashVersion or CurrentHashVersion;

    public byte[] ComputeHash(byte[] previousHash, int version) => version switch
    {
        FirstHashVersion => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', CanonicalFields(Convert.ToHexString(previousHash))))),
        CurrentHashVersion => SHA256.HashData(LengthPrefixed(previousHash)),
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown ledger hash version."),
    };

    /// <summary>The hashed fields in order; a missing text is hashed as empty, in both versions.</summary>
    private string[] CanonicalFields(string previousHash) =>
    [
        previousHash,
        Stream,
        Sequence.ToString(CultureInfo.InvariantCulture),
        EntryId.ToString("N"),
        Kind,
        EventKey,
        CompetitorId ?? string.Empty,
        AspectId ?? string.Empty,
        JudgeId ?? string.Empty,
        ActorId,
        DeviceId ?? string.Empty,
        Canonical(Value),
        Canonical(PreviousValue),
        Reason ?? string.Empty,
        TruncateToMicroseconds(RecordedAt).UtcTicks.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>"ledger-v2", then each field as a 4-byte big-endian byte count and its UTF-8 bytes.</summary>
    private byte[] LengthPrefixed(byte[] previousHash)
    {
        using var buffer = new MemoryStream();
        var length = new byte[4];
        void Append(ReadOnlySpan<byte> field)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
            buffer.Write(length);
            buffer.Write(field);
        }

        // The tag keeps a version 2 input from ever being read as some other scheme's input.
        Append("ledger-v2"u8);
        foreach (var field in CanonicalFields(Convert.ToHexString(previousHash)))
        {
            Append(Encoding.UTF8.GetBytes(field));
        }

        return buffer.ToArray();
    }

    // numeric(12,4) comes back as 2.5000; the canonical form must not depend on the stored scale.
    private static string Canonical(decimal? value) =>
        value is null ? string.Empty : value.Value.ToString("0.##########", CultureInfo.InvariantCulture);
}
