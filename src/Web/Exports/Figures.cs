using System.Globalization;

namespace Competitions.Web.Exports;

/// <summary>
/// Scores exactly as the leaderboard holds them: invariant culture and the decimal's own scale, never re-rounded,
/// so an exported 85.50 reads 85.50 and matches the server to the last decimal.
/// </summary>
public static class Figures
{
    /// <summary>
    /// At least two decimals (a decimal keeps the scale it was computed with, so 100, 97.5 and 40.0 would otherwise
    /// each print differently); more only if the value holds more, so nothing is ever rounded away.
    /// </summary>
    private const string TwoDecimalsAtLeast = "0.00##########";

    public static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A score column of a spreadsheet file: always two decimals, as docs/api.md promises.</summary>
    public static string Score(decimal? value) => value?.ToString(TwoDecimalsAtLeast, CultureInfo.InvariantCulture) ?? string.Empty;
}
