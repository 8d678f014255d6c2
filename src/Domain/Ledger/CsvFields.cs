using System.Text;

namespace Competitions.Domain.Ledger;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break, so free-text reasons survive.</summary>
public static class CsvFields
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Escape));

    /// <summary>Splits CSV text into records of fields; a leading byte-order mark is ignored.</summary>
    public static IEnumerable<IReadOnlyList<string>> Parse(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atStart = true;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (atStart && ch == '\uFEFF')
            {
                atStart = false;
                continue;
            }

            atStart = false;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
