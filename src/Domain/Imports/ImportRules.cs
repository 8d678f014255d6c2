namespace Competitions.Domain.Imports;

/// <summary>Checks every import shares.</summary>
public static class ImportRules
{
    /// <summary>True when the file has no header at all: then that is its only problem (not every column missing).</summary>
    public static bool IsEmpty(ImportTable table, List<ImportProblem> problems)
    {
        if (!table.Headers.All(string.IsNullOrWhiteSpace))
        {
            return false;
        }

        problems.Add(new ImportProblem(1, string.Empty, "The file is empty."));
        return true;
    }

    /// <summary>Problems of the file as a whole: no rows, or more than an import accepts.</summary>
    public static void CheckShape(ImportTable table, List<ImportProblem> problems)
    {
        if (table.Rows.Count == 0)
        {
            problems.Add(new ImportProblem(2, string.Empty, "The file has a header but no rows."));
        }

        if (table.TooManyRows)
        {
            problems.Add(new ImportProblem(
                table.Rows[^1].Number + 1, string.Empty, $"The file has more than {ImportTable.MaxDataRows:N0} rows; split it."));
        }
    }

    /// <summary>
    /// Ids become parts of grain keys and URLs: 1–64 letters, digits, '-' or '_' (the rule of Contracts' Keys.IsValidId,
    /// which the domain cannot reference).
    /// </summary>
    public static void CheckId(ImportTableRow row, string header, string id, List<ImportProblem> problems)
    {
        if (id.Length > 0 && (id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            problems.Add(new ImportProblem(row.Number, header, $"The id '{id}' must be 1–64 letters, digits, '-' or '_'."));
        }
    }

    /// <summary>Problems in the order a user fixes them: by row, then as found.</summary>
    public static IReadOnlyList<ImportProblem> Ordered(List<ImportProblem> problems) => [.. problems.OrderBy(p => p.Row)];
}
