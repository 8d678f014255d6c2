using System.Text;
using System.Text.Unicode;

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

    /// <summary>Splits text into records (RFC 4180, plus bare \n or \r line ends); a record's number counts records, not lines.</summary>
    public static ImportTable Parse(string text)
    {
        List<string>? headers = null;
        var rows = new List<ImportTableRow>();
        var record = new List<string>();
        var field = new StringBuilder();
        var number = 0;
        var i = 0;
        var atFieldStart = true;

        bool EndRecord()
        {
            record.Add(field.ToString());
            field.Clear();
            number++;
            if (headers is null)
            {
                headers = [.. record];
            }
            else if (record.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                if (rows.Count == ImportTable.MaxDataRows)
                {
                    return false;
                }

                rows.Add(new ImportTableRow(number, [.. record]));
            }

            record.Clear();
            atFieldStart = true;
            return true;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                // A quoted field runs to the next quote not doubled; what follows up to the separator is kept as typed.
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                atFieldStart = false;
                continue;
            }

            atFieldStart = false;
            if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                i++;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                if (!EndRecord())
                {
                    return new ImportTable(headers!, rows, true);
                }
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            if (!EndRecord())
            {
                return new ImportTable(headers!, rows, true);
            }
        }

        return headers is null ? ImportTable.Empty : new ImportTable(headers, rows, false);
    }
}
