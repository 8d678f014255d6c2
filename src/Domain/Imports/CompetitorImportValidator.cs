using Competitions.Domain.Competitors;

namespace Competitions.Domain.Imports;

/// <summary>Reads competitor rows (赛项, 编号, 姓名, 单位, 代表队, 身份证号, 现等级, in any order) and lists every problem.</summary>
public static class CompetitorImportValidator
{
    public static readonly ImportColumn Event = new("赛项", "event", true);
    public static readonly ImportColumn Id = new("编号", "id", true);
    public static readonly ImportColumn Name = new("姓名", "name", true);
    public static readonly ImportColumn Organisation = new("单位", "organisation", true);
    public static readonly ImportColumn Delegation = new("代表队", "delegation", true);
    public static readonly ImportColumn IdNumber = new("身份证号", "id_number", false);
    public static readonly ImportColumn Level = new("现等级", "level", false);

    public static IReadOnlyList<ImportColumn> Columns { get; } = [Event, Id, Name, Organisation, Delegation, IdNumber, Level];

    /// <summary>Columns stored as typed, which exports give back: held to <see cref="SpreadsheetCellRules"/>.</summary>
    private static readonly ImportColumn[] FreeText = [Name, Organisation, Delegation, Level];

    /// <param name="eventCodes">The events the contest defines; rows naming another are refused.</param>
    /// <param name="delegations">The contest's delegations; when it lists any, rows naming another are refused.</param>
    public static CompetitorImport Validate(ImportTable table, IReadOnlySet<string> eventCodes, IReadOnlySet<string>? delegations = null)
    {
        var problems = new List<ImportProblem>();
        if (ImportRules.IsEmpty(table, problems))
        {
            return new CompetitorImport([], problems, new Dictionary<string, int>());
        }

        ImportRules.CheckShape(table, problems);
        var columns = ImportColumns.Resolve(Columns, table.Headers, problems);
        var rows = new List<CompetitorImportRow>(table.Rows.Count);
        var firstRowOf = new Dictionary<(string Event, string Id), int>();
        var byEvent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var eventCode = columns.Required(row, Event, problems);
            var id = columns.Required(row, Id, problems);
            var name = columns.Required(row, Name, problems);
            var organisation = columns.Required(row, Organisation, problems);
            var delegation = columns.Required(row, Delegation, problems);
            foreach (var freeText in FreeText)
            {
                SpreadsheetCellRules.Check(row, columns, freeText, problems);
            }

            if (delegation.Length > 0 && delegations is { Count: > 0 } && !delegations.Contains(delegation))
            {
                problems.Add(new ImportProblem(row.Number, columns.HeaderOf(Delegation), $"Delegation '{delegation}' is not one of this contest's delegations."));
            }

            var idNumber = columns.Cell(row, IdNumber);
            var keepsIdNumber = idNumber is not null && idNumber.Contains('*', StringComparison.Ordinal);
            if (keepsIdNumber)
            {
                idNumber = null;
            }
            else if (idNumber is not null && Competitors.IdNumber.Problem(idNumber) is { } idProblem)
            {
                problems.Add(new ImportProblem(row.Number, columns.HeaderOf(IdNumber), idProblem));
            }

            ImportRules.CheckId(row, columns.HeaderOf(Id), id, problems);
            if (id.Length > 0 && Retention.PersonalDataRetention.CompetitorIdProblem(id, idNumber) is { } keyProblem)
            {
                problems.Add(new ImportProblem(row.Number, columns.HeaderOf(Id), char.ToUpperInvariant(keyProblem[0]) + keyProblem[1..]));
            }

            if (eventCode.Length > 0)
            {
                if (!eventCodes.Contains(eventCode))
                {
                    problems.Add(new ImportProblem(row.Number, columns.HeaderOf(Event), $"Event '{eventCode}' is not defined in this contest."));
                }
                else
                {
                    byEvent[eventCode] = byEvent.GetValueOrDefault(eventCode) + 1;
                }

                if (id.Length > 0 && !firstRowOf.TryAdd((eventCode, id), row.Number))
                {
                    problems.Add(new ImportProblem(
                        row.Number, columns.HeaderOf(Id), $"Competitor '{id}' is already entered in event {eventCode} on row {firstRowOf[(eventCode, id)]}."));
                }
            }

            rows.Add(new CompetitorImportRow(row.Number, eventCode, id, name, organisation, delegation, idNumber, columns.Cell(row, Level), keepsIdNumber));
        }

        return new CompetitorImport(rows, ImportRules.Ordered(problems), byEvent);
    }
}
