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

    public byte[] ComputeHash(byte[] previousHash)
    {
        var canonical = string.Join(
            '\u001f',
            Convert.ToHexString(previousHash),
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
            TruncateToMicroseconds(RecordedAt).UtcTicks.ToString(CultureInfo.InvariantCulture));
        return SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
    }

    // numeric(12,4) comes back as 2.5000; the canonical form must not depend on the stored scale.
    private static string Canonical(decimal? value) =>
        value is null ? string.Empty : value.Value.ToString("0.##########", CultureInfo.InvariantCulture);
}
