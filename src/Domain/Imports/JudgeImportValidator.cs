namespace Competitions.Domain.Imports;

/// <summary>Reads judge rows (编号, 姓名, 单位, in any order) and lists every problem.</summary>
public static class JudgeImportValidator
{
    public static readonly ImportColumn Id = new("编号", "id", true);
    public static readonly ImportColumn Name = new("姓名", "name", true);
    public static readonly ImportColumn Organisation = new("单位", "organisation", true);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [Id, Name, Organisation];

    public static JudgeImport Validate(ImportTable table)
    {
        var problems = new List<ImportProblem>();
        if (ImportRules.IsEmpty(table, problems))
        {
            return new JudgeImport([], problems);
        }

        ImportRules.CheckShape(table, problems);
        var columns = ImportColumns.Resolve(Columns, table.Headers, problems);
        var rows = new List<JudgeImportRow>(table.Rows.Count);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = columns.Required(row, Id, problems);
            var name = columns.Required(row, Name, problems);
            // Recusals compare organisations, so a judge without one could mark his own competitors.
            var organisation = columns.Required(row, Organisation, problems);
            SpreadsheetCellRules.Check(row, columns, Name, problems);
            SpreadsheetCellRules.Check(row, columns, Organisation, problems);
            ImportRules.CheckId(row, columns.HeaderOf(Id), id, problems);
            if (id.Length > 0 && !firstRowOf.TryAdd(id, row.Number))
            {
                problems.Add(new ImportProblem(row.Number, columns.HeaderOf(Id), $"Judge '{id}' already appears on row {firstRowOf[id]}."));
            }

            rows.Add(new JudgeImportRow(row.Number, id, name, organisation));
        }

        return new JudgeImport(rows, ImportRules.Ordered(problems));
    }
}
