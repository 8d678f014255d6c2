namespace Competitions.Domain.Imports;

/// <summary>
/// A file read as text cells: its header row and its data rows (blank rows left out, numbering kept). Reading stops
/// after <see cref="MaxDataRows"/> rows and says so, so an oversized upload never sits in memory whole.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportTableRow> Rows, bool TooManyRows)
{
    public const int MaxDataRows = 50_000;

    public static ImportTable Empty { get; } = new([], [], false);
}
