namespace Competitions.Domain.Imports;

/// <summary>A column an import understands, by its Chinese and English header.</summary>
public sealed record ImportColumn(string Chinese, string English, bool Required)
{
    /// <summary>How problems name the column when the file did not (a missing column).</summary>
    public string Label => $"{Chinese}|{English}";

    public bool Matches(string header) =>
        string.Equals(header, Chinese, StringComparison.Ordinal) || string.Equals(header, English, StringComparison.OrdinalIgnoreCase);
}
