namespace Competitions.Domain.Ledger;

/// <summary>
/// What the ledger's value column (<c>numeric(12,4)</c>) holds exactly. A value it cannot hold would be rounded or
/// refused by the database after the judge saw it accepted, and the stored row would then no longer match its hash:
/// every value is checked against this before it is acknowledged, and every scheme's steps and maxima too.
/// </summary>
public static class LedgerValue
{
    public const int Scale = 4;

    /// <summary>The largest magnitude <c>numeric(12,4)</c> holds: eight integer digits.</summary>
    public const decimal Max = 99_999_999.9999m;

    /// <summary>Why the ledger cannot store <paramref name="value"/> exactly, or null when it can.</summary>
    public static string? Problem(decimal value)
    {
        if (decimal.Abs(value) > Max)
        {
            return $"{value} is outside the range the ledger stores (±{Max}).";
        }

        return value.Scale > Scale && decimal.Round(value, Scale) != value
            ? $"{value} has more than {Scale} decimal places; the ledger stores at most {Scale}."
            : null;
    }
}
