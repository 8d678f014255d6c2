using System.Text;
using System.Text.Unicode;
using Competitions.Domain.Csv;

namespace Competitions.Domain.Imports;

/// <summary>
/// Reads a CSV file as organizers' spreadsheets save it: UTF-8 with or without a BOM, or GBK (what Excel on a
/// Chinese Windows writes as "CSV"); quoted fields may hold commas, quotes ("") and line breaks.
/// </summary>
public static class CsvTableReader
{
    // GB18030 decodes every GBK byte sequence the same way and also the four-byte characters some names need.
    private const int Gb18030CodePage = 54936;

    public static ImportTable Read(ReadOnlySpan<byte> bytes) => Parse(Decode(bytes));

    /// <summary>Valid UTF-8 is taken as UTF-8 (GBK text of Chinese characters is practically never valid UTF-8); anything else as GBK.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            return Encoding.UTF8.GetString(bytes[bom.Length..]);
        }

        return Utf8.IsValid(bytes)
            ? Encoding.UTF8.GetString(bytes)
            : CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!.GetString(bytes);
    }

    /// <summary>
    /// Splits text into records with the one CSV reader the ledger verifier uses too (<see cref="CsvFile"/>); a record's
    /// number counts records, not lines. Throws <see cref="FormatException"/> when a record cannot be read.
    /// </summary>
    public static ImportTable Parse(string text)
    {
        IReadOnlyList<string>? headers = null;
        var rows = new List<ImportTableRow>();
        foreach (var record in CsvFile.Read(new StringReader(text)))
        {
            if (headers is null)
            {
                headers = record.Fields;
            }
            else if (record.Fields.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                if (rows.Count == ImportTable.MaxDataRows)
                {
                    return new ImportTable(headers, rows, true);
                }

                rows.Add(new ImportTableRow(record.Number, record.Fields));
            }
        }

        return headers is null ? ImportTable.Empty : new ImportTable(headers, rows, false);
    }
}
