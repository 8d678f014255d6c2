namespace Competitions.Domain.Imports;

/// <summary>
/// Where each known column sits in one file's header, whatever the order. Unknown, repeated and missing required
/// headers are reported as problems of row 1.
/// </summary>
public sealed class ImportColumns
{
    private readonly Dictionary<ImportColumn, (int Index, string Header)> _positions = [];

    private ImportColumns(IReadOnlyList<ImportColumn> known, IReadOnlyList<string> headers, List<ImportProblem> problems)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim().TrimStart('\uFEFF');
            if (header.Length == 0)
            {
                continue;
            }

            var column = known.FirstOrDefault(c => c.Matches(header));
            if (column is null)
            {
                problems.Add(new ImportProblem(1, header, $"Unknown column '{header}'; expected {string.Join(", ", known.Select(c => c.Label))}."));
            }
            else if (!_positions.TryAdd(column, (i, header)))
            {
                problems.Add(new ImportProblem(1, header, $"The column {column.Label} appears twice."));
            }
        }

        problems.AddRange(known
            .Where(c => c.Required && !_positions.ContainsKey(c))
            .Select(c => new ImportProblem(1, c.Label, $"The required column {c.Label} is missing.")));
    }

    public static ImportColumns Resolve(IReadOnlyList<ImportColumn> known, IReadOnlyList<string> headers, List<ImportProblem> problems) =>
        new(known, headers, problems);

    public bool Has(ImportColumn column) => _positions.ContainsKey(column);

    /// <summary>The header as the file spells it, so a problem points at the column the user sees.</summary>
    public string HeaderOf(ImportColumn column) => _positions.TryGetValue(column, out var position) ? position.Header : column.Label;

    /// <summary>The cell exactly as the file holds it, or null when the file has no such column.</summary>
    public string? RawCell(ImportTableRow row, ImportColumn column) =>
        _positions.TryGetValue(column, out var position) && position.Index < row.Cells.Count ? row.Cells[position.Index] : null;

    /// <summary>The trimmed cell, or null when blank or when the file has no such column.</summary>
    public string? Cell(ImportTableRow row, ImportColumn column)
    {
        if (!_positions.TryGetValue(column, out var position) || position.Index >= row.Cells.Count)
        {
            return null;
        }

        var value = row.Cells[position.Index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A required cell; a blank one is reported (unless the whole column is missing, already reported once).</summary>
    public string Required(ImportTableRow row, ImportColumn column, List<ImportProblem> problems)
    {
        var value = Cell(row, column);
        if (value is null && Has(column))
        {
            problems.Add(new ImportProblem(row.Number, HeaderOf(column), "A value is required."));
        }

        return value ?? string.Empty;
    }
}
