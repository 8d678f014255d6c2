using Competitions.Domain.Imports;

namespace Competitions.Web.Imports;

/// <summary>
/// What an import found: the rows read, every problem (row 1 is the header), rows per event (competitor imports
/// only) and the first rows as parsed, ID numbers masked.
/// </summary>
public sealed record ImportReport<TRow>(
    int RowCount,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyDictionary<string, int>? ByEvent,
    IReadOnlyList<TRow> Preview)
{
    public const int PreviewRows = 20;
}
