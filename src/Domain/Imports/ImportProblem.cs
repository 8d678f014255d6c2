namespace Competitions.Domain.Imports;

/// <summary>One problem of an imported file, where a spreadsheet user finds it: row 1 is the header.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);
