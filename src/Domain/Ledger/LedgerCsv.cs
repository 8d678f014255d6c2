using System.Globalization;
using Competitions.Domain.Csv;

namespace Competitions.Domain.Ledger;

/// <summary>
/// The ledger as CSV: one row per entry with every field that enters its hash, the previous row's hash and its own,
/// so anyone can recompute the chains from the file alone. Values are written in their canonical (hashed) form.
/// A file without the <c>hash_version</c> column (exported before version 2) is read as version 1 throughout.
/// </summary>
public static class LedgerCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "stream", "sequence", "entry_id", "kind", "event_key", "competitor_id", "aspect_id", "judge_id", "actor_id",
        "device_id", "value", "previous_value", "reason", "recorded_at", "previous_hash", "hash", "hash_version",
    ];

    /// <summary>Columns a file must have; the others are read as their default when absent.</summary>
    private static readonly string[] RequiredColumns = [.. Columns.Where(c => c != "hash_version")];

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static void Write(IEnumerable<ChainedLedgerRecord> rows, TextWriter writer) =>
        CsvFile.Write(writer, rows.Select(row => (IReadOnlyList<string?>)
        [
            row.Record.Stream, row.Record.Sequence.ToString(CultureInfo.InvariantCulture), row.Record.EntryId.ToString("D"), row.Record.Kind,
            row.Record.EventKey, row.Record.CompetitorId, row.Record.AspectId, row.Record.JudgeId, row.Record.ActorId, row.Record.DeviceId,
            Number(row.Record.Value), Number(row.Record.PreviousValue), row.Record.Reason,
            LedgerRecord.TruncateToMicroseconds(row.Record.RecordedAt).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            Convert.ToHexStringLower(row.PreviousHash), Convert.ToHexStringLower(row.Hash), row.HashVersion.ToString(CultureInfo.InvariantCulture),
        ]).Prepend(Columns));

    /// <summary>Reads the rows back; rows that cannot be read are reported as problems instead of rows.</summary>
    public static LedgerCsvContent Read(TextReader reader)
    {
        var rows = new List<ChainedLedgerRecord>();
        var problems = new List<LedgerProblem>();
        try
        {
            ReadRecords(CsvFile.Read(reader), rows, problems);
        }
        catch (FormatException e)
        {
            problems.Add(new("(file)", 0, $"the file cannot be read past this point: {e.Message}"));
        }

        return new(rows, problems);
    }

    private static void ReadRecords(IEnumerable<CsvRecord> file, List<ChainedLedgerRecord> rows, List<LedgerProblem> problems)
    {
        using var records = file.GetEnumerator();
        if (!records.MoveNext())
        {
            problems.Add(new("(file)", 0, "the file is empty; it has no header row."));
            return;
        }

        var header = records.Current.Fields.Select((name, index) => (name: name.Trim(), index)).ToDictionary(h => h.name, h => h.index, StringComparer.Ordinal);
        var missing = RequiredColumns.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("(file)", 0, $"the header lacks the column(s) {string.Join(", ", missing)}."));
            return;
        }

        while (records.MoveNext())
        {
            var (line, fields) = (records.Current.Number, records.Current.Fields);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            string Field(string column) => header.TryGetValue(column, out var index) && index < fields.Count ? fields[index] : string.Empty;
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
        return new ChainedLedgerRecord(record, Hash(field("previous_hash"), "previous_hash"), Hash(field("hash"), "hash"), HashVersion(field("hash_version")));
    }

    // The hash treats a missing text as empty, so an empty field reads back as null without changing the hash.
    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static string Number(decimal? value) =>
        value is null ? string.Empty : value.Value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static decimal? Decimal(string value, string column) =>
        value.Length == 0 ? null
        : decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number
        : throw new FormatException($"{column} '{value}' is not a number.");

    private static int HashVersion(string value) =>
        value.Length == 0 ? LedgerRecord.FirstHashVersion
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new FormatException($"hash_version '{value}' is not a whole number.");

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
