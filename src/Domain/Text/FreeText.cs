using Competitions.Domain.Validation;

namespace Competitions.Domain.Text;

/// <summary>
/// The rule for every piece of free text a caller sends (names, device ids, reasons, notes): it ends up in the
/// append-only ledger, on every viewer's board and in CSV exports opened in spreadsheets. So it is bounded, holds no
/// control characters (a NUL is refused by PostgreSQL after the command was accepted; U+001F and friends break
/// exports and hashes), and no field, reasons included, may start like a spreadsheet formula (ledger.csv carries them).
/// </summary>
public static class FreeText
{
    /// <summary>Names of people, organisations, events, venues.</summary>
    public const int NameMax = 100;

    /// <summary>Titles of criteria and aspects, which some marking schemes spell out at length.</summary>
    public const int TitleMax = 200;

    /// <summary>Device ids, codes and other short labels.</summary>
    public const int LabelMax = 64;

    /// <summary>Reasons, notes and announcements: several sentences.</summary>
    public const int ReasonMax = 2000;

    /// <summary>The most any string in a request may hold, whatever its field; fields then apply their own limit.</summary>
    public const int AnyMax = 20_000;

    /// <summary>Characters a spreadsheet reads as the start of a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    /// <summary>Why <paramref name="value"/> is not acceptable text for <paramref name="field"/>, or null when it is.</summary>
    /// <param name="multiline">Reasons and notes may hold line feeds; nothing else may hold any control character.</param>
    public static FieldProblem? Check(string field, string? value, int maxLength, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return new FieldProblem(field, "text-too-long", $"{field} is {value.Length} characters long; at most {maxLength} are allowed.");
        }

        if (ControlCharacter(value, multiline) is { } control)
        {
            return new FieldProblem(field, "text-control-character", $"{field} contains the control character U+{(int)control:X4}, which is not allowed.");
        }

        return StartsLikeFormula(value)
            ? new FieldProblem(field, "text-formula", $"{field} cannot start with '{value[0]}': spreadsheets would read it as a formula.")
            : null;
    }

    /// <summary>True when a spreadsheet would run <paramref name="text"/> as a formula.</summary>
    public static bool StartsLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    /// <summary>The first control character in <paramref name="value"/> (line feeds allowed when multiline), if any.</summary>
    public static char? ControlCharacter(string value, bool multiline = false)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiline && c == '\n'))
            {
                return c;
            }
        }

        return null;
    }
}
