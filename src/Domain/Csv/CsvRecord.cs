namespace Competitions.Domain.Csv;

/// <summary>One record of a CSV file: its number (the first record is 1; a quoted line break does not start a new one) and its fields.</summary>
public sealed record CsvRecord(int Number, IReadOnlyList<string> Fields);
