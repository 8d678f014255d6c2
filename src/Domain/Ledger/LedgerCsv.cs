using System.Globalization;

namespace Competitions.Domain.Ledger;

/// <summary>
/// The ledger as CSV: one row per entry with every field that enters its hash, the previous row's hash and its own,
/// so anyone can recompute the chains from the file alone. Values are written in their canonical (hashed) form.
/// </summary>
public static class LedgerCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "stream", "sequence", "entry_id", "kind", "event_key", "competitor_id", "aspect_id", "judge_id", "actor_id",
        "device_id", "value", "previous_value", "reason", "recorded_at", "previous_hash", "hash",
    ];

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static void Write(IEnumerable<ChainedLedgerRecord> rows, TextWriter writer)
    {
        writer.Write(CsvFields.Line(Columns));
        writer.Write("\r\n");
        foreach (var (r, previousHash, hash) in rows.Select(row => (row.Record, row.PreviousHash, row.Hash)))
        {
            writer.Write(CsvFields.Line(
            [
                r.Stream, r.Sequence.ToString(CultureInfo.InvariantCulture), r.EntryId.ToString("D"), r.Kind, r.EventKey,
                r.CompetitorId, r.AspectId, r.JudgeId, r.ActorId, r.DeviceId, Number(r.Value), Number(r.PreviousValue), r.Reason,
                LedgerRecord.TruncateToMicroseconds(r.RecordedAt).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
                Convert.ToHexStringLower(previousHash), Convert.ToHexStringLower(hash),
            ]));
            writer.Write("\r\n");
        }
    }

    /// <summary>Reads the rows back; rows that cannot be read are reported as problems instead of rows.</summary>
    public static LedgerCsvContent Read(TextReader reader)
    {
        var rows = new List<ChainedLedgerRecord>();
        var problems = new List<LedgerProblem>();
        using var records = CsvFields.Parse(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            problems.Add(new("(file)", 0, "the file is empty; it has no header row."));
            return new(rows, problems);
        }

        var header = records.Current.Select((name, index) => (name: name.Trim(), index)).ToDictionary(h => h.name, h => h.index, StringComparer.Ordinal);
        var missing = Columns.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("(file)", 0, $"the header lacks the column(s) {string.Join(", ", missing)}."));
            return new(rows, problems);
        }

        var line = 1;
        while (records.MoveNext())
        {
            line++;
            var fields = records.Current;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            string Field(string column) => header[column] < fields.Count ? fields[header[column]] : string.Empty;
            var stream = Field("stream");
            int.TryParse(Field("sequence"), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence);
            try
            {
                rows.Add(ParseRow(Field, stream, sequence));
            }
            catch (FormatException e)
            {
                problems.Add(new(stream.Length == 0 ? $"(line {line})" : stream, sequence, $"line {line} cannot be read: {e.Message}"));
            }
        }

        return new(rows, problems);
    }

    private static ChainedLedgerRecord ParseRow(Func<string, string> field, string stream, int sequence)
    {
        if (stream.Length == 0)
        {
            throw new FormatException("the stream is empty.");
        }

        if (sequence <= 0)
        {
            throw new FormatException($"the sequence '{field("sequence")}' is not a positive whole number.");
        }

        var record = new LedgerRecord(
            stream,
            sequence,
            Guid.TryParse(field("entry_id"), out var entryId) ? entryId : throw new FormatException($"the entry id '{field("entry_id")}' is not a GUID."),
            field("kind"),
            field("event_key"),
            Text(field("competitor_id")),
            Text(field("aspect_id")),
            Text(field("judge_id")),
            field("actor_id"),
            Text(field("device_id")),
            Decimal(field("value"), "value"),
            Decimal(field("previous_value"), "previous_value"),
            Text(field("reason")),
            DateTimeOffset.TryParseExact(field("recorded_at"), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                ? at
                : throw new FormatException($"recorded_at '{field("recorded_at")}' is not a UTC time like 2026-10-12T09:00:00.000000Z."));
        return new ChainedLedgerRecord(record, Hash(field("previous_hash"), "previous_hash"), Hash(field("hash"), "hash"));
    }

    // The hash treats a missing text as empty, so an empty field reads back as null without changing the hash.
    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static string Number(decimal? value) =>
        value is null ? string.Empty : value.Value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static decimal? Decimal(string value, string column) =>
        value.Length == 0 ? null
        : decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number
        : throw new FormatException($"{column} '{value}' is not a number.");

    private static byte[] Hash(string value, string column)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(value);
        }
        catch (FormatException)
        {
            throw new FormatException($"{column} is not hexadecimal.");
        }

        return bytes.Length == 32 ? bytes : throw new FormatException($"{column} is not 32 bytes long.");
    }
}
