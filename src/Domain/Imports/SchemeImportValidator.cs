using System.Globalization;
using Competitions.Domain.Scheme;
using Competitions.Domain.Text;

namespace Competitions.Domain.Imports;

/// <summary>
/// Reads a marking scheme sheet, one row per aspect (模块, 模块名称, 评分项, 评分项名称, 类型, 满分, 步长, 汇总, 分差阈值, in any
/// order), and lists every problem a cell has. The scheme's own rules (ids used twice, steps that do not divide the max
/// mark…) are checked by the scheme itself; <see cref="Locate"/> puts its problems on the rows they are about.
/// </summary>
public static class SchemeImportValidator
{
    public static readonly ImportColumn Criterion = new("模块", "criterion", true);
    public static readonly ImportColumn CriterionTitle = new("模块名称", "criterion_title", false);
    public static readonly ImportColumn Aspect = new("评分项", "aspect", true);
    public static readonly ImportColumn Title = new("评分项名称", "title", true);
    public static readonly ImportColumn Kind = new("类型", "kind", true);
    public static readonly ImportColumn Max = new("满分", "max", true);
    public static readonly ImportColumn Step = new("步长", "step", false);
    public static readonly ImportColumn Aggregation = new("汇总", "aggregation", false);
    public static readonly ImportColumn Spread = new("分差阈值", "spread", false);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [Criterion, CriterionTitle, Aspect, Title, Kind, Max, Step, Aggregation, Spread];

    // The defaults of AspectDefinition, for cells left blank.
    private const decimal DefaultStep = 0.5m;
    private const decimal DefaultSpread = 1m;

    public static SchemeImport Validate(ImportTable table)
    {
        var problems = new List<ImportProblem>();
        if (ImportRules.IsEmpty(table, problems))
        {
            return new SchemeImport([], 0, problems, ImportColumns.Resolve(Columns, [], []));
        }

        ImportRules.CheckShape(table, problems);
        var columns = ImportColumns.Resolve(Columns, table.Headers, problems);
        var criteria = new List<(string Id, List<string> Titles, List<SchemeImportRow> Rows)>();
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var criterionId = columns.Required(row, Criterion, problems);
            var aspectId = columns.Required(row, Aspect, problems);
            var title = columns.Required(row, Title, problems);
            SpreadsheetCellRules.Check(row, columns, Title, problems, FreeText.TitleMax);
            SpreadsheetCellRules.Check(row, columns, CriterionTitle, problems, FreeText.TitleMax);
            ImportRules.CheckId(row, columns.HeaderOf(Criterion), criterionId, problems);
            ImportRules.CheckId(row, columns.HeaderOf(Aspect), aspectId, problems);
            var kind = Term(row, columns, Kind, SchemeSheetTerms.KindNames, null, problems);
            var aggregation = Term(row, columns, Aggregation, SchemeSheetTerms.AggregationNames, AggregationMethod.Mean, problems);
            var max = Number(row, columns, Max, null, problems);
            var step = Number(row, columns, Step, DefaultStep, problems);
            var spread = Number(row, columns, Spread, DefaultSpread, problems);

            // A row with a problem stays out of the scheme, so the scheme's checks do not report it a second time.
            if (problems.Count > before || kind is null || max is null || step is null || spread is null || aggregation is null)
            {
                continue;
            }

            var criterion = criteria.FirstOrDefault(c => c.Id == criterionId);
            if (criterion.Id is null)
            {
                criterion = (criterionId, [], []);
                criteria.Add(criterion);
            }

            if (columns.Cell(row, CriterionTitle) is { } criterionTitle)
            {
                if (criterion.Titles.Count > 0 && criterion.Titles[0] != criterionTitle)
                {
                    problems.Add(new ImportProblem(row.Number, columns.HeaderOf(CriterionTitle),
                        $"Criterion {criterionId} is titled '{criterion.Titles[0]}' on row {criterion.Rows[0].Row}."));
                    continue;
                }

                criterion.Titles.Add(criterionTitle);
            }

            criterion.Rows.Add(new SchemeImportRow(row.Number, criterionId, aspectId, title, kind.Value, max.Value, step.Value, aggregation.Value, spread.Value));
        }

        return new SchemeImport(
            [.. criteria.Select(c => new SchemeImportCriterion(c.Id, c.Titles.FirstOrDefault() ?? c.Id, c.Rows))],
            table.Rows.Count,
            ImportRules.Ordered(problems),
            columns);
    }

    /// <summary>
    /// The scheme's own problems placed on the sheet: a problem naming an aspect ("Aspect A1: …", "Aspect id 'A1' in
    /// criterion A …") goes to that aspect's row, one naming a criterion ("Criterion A …", "Criterion id 'A' …") to the
    /// criterion's first row, and the column follows what the problem is about (max mark, step, spread, id).
    /// When the same problem is reported several times for one id (an id used twice), the later rows get it.
    /// </summary>
    public static IReadOnlyList<ImportProblem> Locate(SchemeImport import, IReadOnlyList<string> schemeProblems)
    {
        var rows = import.Criteria.SelectMany(c => c.Aspects).ToList();
        var located = new List<ImportProblem>();
        foreach (var same in schemeProblems.GroupBy(p => p, StringComparer.Ordinal))
        {
            var message = same.Key;
            var candidates = rows.Where(r => message.StartsWith($"Aspect {r.AspectId}:", StringComparison.Ordinal)
                || message.StartsWith($"Aspect id '{r.AspectId}' in criterion {r.CriterionId} ", StringComparison.Ordinal)).Select(r => r.Row).ToList();
            if (candidates.Count == 0)
            {
                candidates = [.. import.Criteria
                    .Where(c => message.StartsWith($"Criterion {c.Id} ", StringComparison.Ordinal) || message.StartsWith($"Criterion id '{c.Id}'", StringComparison.Ordinal))
                    .Select(c => c.Aspects[0].Row)];
            }

            var count = same.Count();
            for (var i = 0; i < count; i++)
            {
                var row = candidates.Count == 0 ? 2 : candidates[Math.Clamp(candidates.Count - count + i, 0, candidates.Count - 1)];
                located.Add(new ImportProblem(row, ColumnOf(import.Columns, message), message));
            }
        }

        return located;
    }

    private static string ColumnOf(ImportColumns columns, string message)
    {
        // The step problem mentions the max mark too: it is the step that gets changed.
        if (message.Contains("step", StringComparison.OrdinalIgnoreCase))
        {
            return columns.HeaderOf(Step);
        }

        if (message.Contains("max mark", StringComparison.OrdinalIgnoreCase))
        {
            return columns.HeaderOf(Max);
        }

        if (message.Contains("spread", StringComparison.OrdinalIgnoreCase))
        {
            return columns.HeaderOf(Spread);
        }

        if (message.StartsWith("Aspect id", StringComparison.Ordinal))
        {
            return columns.HeaderOf(Aspect);
        }

        return message.StartsWith("Criterion", StringComparison.Ordinal) ? columns.HeaderOf(Criterion) : string.Empty;
    }

    /// <summary>A decimal cell (Excel numbers arrive as invariant text); blank means the default, or a problem when there is none.</summary>
    private static decimal? Number(ImportTableRow row, ImportColumns columns, ImportColumn column, decimal? fallback, List<ImportProblem> problems)
    {
        var text = fallback is null ? columns.Required(row, column, problems) : columns.Cell(row, column);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new ImportProblem(row.Number, columns.HeaderOf(column), $"'{text}' is not a number."));
        return null;
    }

    private static TEnum? Term<TEnum>(
        ImportTableRow row, ImportColumns columns, ImportColumn column, IReadOnlyDictionary<TEnum, string> names, TEnum? fallback, List<ImportProblem> problems)
        where TEnum : struct, Enum
    {
        var text = fallback is null ? columns.Required(row, column, problems) : columns.Cell(row, column);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (SchemeSheetTerms.TryParse(names, text, out var value))
        {
            return value;
        }

        problems.Add(new ImportProblem(row.Number, columns.HeaderOf(column), $"Unknown {column.English} '{text}'; expected {SchemeSheetTerms.Accepted(names)}."));
        return null;
    }
}
