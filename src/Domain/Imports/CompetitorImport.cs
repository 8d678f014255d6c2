namespace Competitions.Domain.Imports;

/// <summary>A competitor file read and checked: its rows, its problems and how many rows go to each event.</summary>
public sealed record CompetitorImport(
    IReadOnlyList<CompetitorImportRow> Rows,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<string, int> ByEvent);
