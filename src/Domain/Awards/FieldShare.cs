namespace Competitions.Domain.Awards;

/// <summary>A percentage of a field as a number of places: for prizes and for advancement alike.</summary>
public static class FieldShare
{
    public static int Places(int field, decimal percent, ShareRounding rounding)
    {
        var exact = field * percent / 100m;
        return rounding switch
        {
            ShareRounding.HalfUp => (int)Math.Round(exact, MidpointRounding.AwayFromZero),
            ShareRounding.DownAtLeastOne when percent > 0m && field > 0 => Math.Max(1, (int)Math.Floor(exact)),
            _ => (int)Math.Floor(exact),
        };
    }
}
