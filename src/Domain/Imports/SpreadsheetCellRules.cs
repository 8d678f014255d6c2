using Competitions.Domain.Text;

namespace Competitions.Domain.Imports;

/// <summary>
/// Free text from an imported sheet (names, organisations, titles) ends up in exported CSV and workbooks that people
/// open in a spreadsheet, and in the ledger. A cell a spreadsheet would run as a formula, or one carrying control
/// characters (which can split a CSV line or hide text), is refused at the door rather than defused on every way out.
/// </summary>
public static class SpreadsheetCellRules
{
    /// <summary>
    /// Why <paramref name="cell"/> (as the file holds it, untrimmed) may not be free text, or null when it may: the
    /// rule of <see cref="FreeText"/>, said of a cell. The length is the one the grains hold the same field to (cells are
    /// stored trimmed), so a file that passes here is never refused half-way through.
    /// </summary>
    public static string? Problem(string cell, int maxLength = FreeText.NameMax)
    {
        var text = cell.Trim();
        if (text.Length > maxLength)
        {
            return $"The cell holds {text.Length} characters; at most {maxLength} are allowed.";
        }

        // Tabs, line breaks and NUL are control characters: refused here before trimming could hide them.
        if (FreeText.ControlCharacter(cell) is { } control)
        {
            return $"The cell holds the control character U+{(int)control:X4}; free text may not hold control characters (tabs, line breaks, NUL…).";
        }

        return FreeText.StartsLikeFormula(text)
            ? $"The cell starts with '{text[0]}', which a spreadsheet runs as a formula; free text may not start with = + - or @."
            : null;
    }

    /// <summary>Reports a free-text cell of <paramref name="column"/> that <see cref="Problem"/> refuses, on its row and column.</summary>
    public static void Check(ImportTableRow row, ImportColumns columns, ImportColumn column, List<ImportProblem> problems, int maxLength = FreeText.NameMax)
    {
        if (columns.RawCell(row, column) is { } cell && Problem(cell, maxLength) is { } problem)
        {
            problems.Add(new ImportProblem(row.Number, columns.HeaderOf(column), problem));
        }
    }
}
