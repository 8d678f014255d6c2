using System.Data;
using Sylvan.Data.Csv;

namespace Competitions.Domain.Csv;

/// <summary>
/// The one CSV dialect of every file the system reads or writes (imports, the ledger export and its offline verifier,
/// result and roster exports), on Sylvan.Data.Csv: RFC 4180 quoting; \r\n, \n or a bare \r ends a record; a quote
/// inside an unquoted field is kept as typed. Reading and writing through one parser is what lets an import and the
/// verifier agree on what a file says.
/// </summary>
public static class CsvFile
{
    /// <summary>Records are written this many at a time, so a large export never sits in memory twice.</summary>
    private const int WriteChunk = 1024;

    /// <summary>Ample for a roster row or a ledger row with a long reason; a longer record is not one of ours.</summary>
    private const int MaxRecordChars = 4 * 1024 * 1024;

    /// <summary>Reads every record; a leading byte-order mark is dropped. Throws <see cref="FormatException"/> on a record that cannot be read.</summary>
    public static IEnumerable<CsvRecord> Read(TextReader text)
    {
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            ResultSetMode = ResultSetMode.SingleResult,
            // Lax: a spreadsheet's "x"y is read as xy, as Excel does, rather than refusing the whole file.
            CsvStyle = CsvStyle.Lax,
            // No comment lines: a name may well start with '#'.
            Comment = '\0',
            MaxBufferSize = MaxRecordChars,
        };

        CsvDataReader reader;
        try
        {
            reader = CsvDataReader.Create(text, options);
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"Record 1 cannot be read: {e.Message}", e);
        }

        using (reader)
        {
            while (true)
            {
                string[] fields;
                try
                {
                    if (!reader.Read())
                    {
                        yield break;
                    }

                    fields = new string[reader.RowFieldCount];
                    for (var i = 0; i < fields.Length; i++)
                    {
                        fields[i] = reader.GetString(i);
                    }
                }
                catch (CsvFormatException e)
                {
                    throw new FormatException($"Record {reader.RowNumber} cannot be read: {e.Message}", e);
                }

                if (reader.RowNumber == 1 && fields is [['\uFEFF', ..] first, ..])
                {
                    fields[0] = first[1..];
                }

                yield return new CsvRecord(reader.RowNumber, fields);
            }
        }
    }

    /// <summary>Writes records (the first is usually the header), each ended by \r\n; a null field is written empty.</summary>
    public static void Write(TextWriter text, IEnumerable<IReadOnlyList<string?>> records)
    {
        var options = new CsvDataWriterOptions { WriteHeaders = false, NewLine = "\r\n" };
        // Not disposed: that would close the caller's writer. Each Write below flushes what it wrote.
        var writer = CsvDataWriter.Create(text, options);
        DataTable? chunk = null;
        foreach (var record in records)
        {
            if (chunk is null)
            {
                chunk = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
                for (var i = 0; i < record.Count; i++)
                {
                    chunk.Columns.Add($"c{i}", typeof(string));
                }
            }

            if (record.Count != chunk.Columns.Count)
            {
                throw new ArgumentException($"Every record needs {chunk.Columns.Count} fields; one has {record.Count}.", nameof(records));
            }

            chunk.Rows.Add([.. record]);
            if (chunk.Rows.Count == WriteChunk)
            {
                writer.Write(chunk.CreateDataReader());
                chunk.Clear();
            }
        }

        if (chunk is { Rows.Count: > 0 })
        {
            writer.Write(chunk.CreateDataReader());
        }
    }

    /// <summary>The records as CSV text.</summary>
    public static string ToText(IEnumerable<IReadOnlyList<string?>> records)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, records);
        return text.ToString();
    }
}
