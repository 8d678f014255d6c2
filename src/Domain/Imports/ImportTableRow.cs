namespace Competitions.Domain.Imports;

/// <summary>A data row of a file with its number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportTableRow(int Number, IReadOnlyList<string> Cells);
