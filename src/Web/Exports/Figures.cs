using System.Globalization;

namespace Competitions.Web.Exports;

/// <summary>
/// Scores exactly as the leaderboard holds them: invariant culture and the decimal's own scale, never re-rounded,
/// so an exported 85.50 reads 85.50 and matches the server to the last decimal.
/// </summary>
public static class Figures
{
    public static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
