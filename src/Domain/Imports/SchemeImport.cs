namespace Competitions.Domain.Imports;

/// <summary>
/// A scheme sheet read and checked: its criteria (from the rows that read cleanly), how many aspect rows it had, its
/// problems, and where its columns sit so later problems can point at them.
/// </summary>
public sealed record SchemeImport(
    IReadOnlyList<SchemeImportCriterion> Criteria,
    int RowCount,
    IReadOnlyList<ImportProblem> Problems,
    ImportColumns Columns);
