using System.Globalization;
using System.Text;
using Competitions.Domain.Validation;

namespace Competitions.Domain.CheckIn;

/// <summary>
/// Finds the competitor the check-in desk typed or scanned: his station number, blind code, competitor id or ID number
/// (a barcode scanner types like a keyboard and ends with Enter). Full-width digits and letters from a Chinese input
/// method count as their ASCII forms, spaces inside an ID number are ignored, and letters match in any case (an ID
/// number's check character X is often typed x). The text must name exactly one competitor. In an event run in sessions
/// a station number names the competitor at that station in the session being checked in (the one competing now, or
/// the next before it starts): every session uses stations 1, 2, 3 again.
/// </summary>
public static class CompetitorLookup
{
    /// <summary>Station numbers are short; a longer run of digits is an ID number or a code, never a station.</summary>
    private const int MaxStationDigits = 6;

    public static (CompetitorMatch? Match, Refusal? Refusal) Find(IEnumerable<RosterKeys> roster, string? text, string? sessionCheckedIn = null)
    {
        var wanted = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        if (wanted.Length == 0)
        {
            return (null, Refusal.Invalid("lookup-empty", "Enter or scan a station number, blind code, competitor id or ID number."));
        }

        var compact = string.Concat(wanted.Where(c => !char.IsWhiteSpace(c)));
        int? station = compact.Length <= MaxStationDigits && compact.All(char.IsAsciiDigit)
            ? int.Parse(compact, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
        var matches = new List<CompetitorMatch>();
        foreach (var competitor in roster)
        {
            LookupKey? by =
                string.Equals(competitor.CompetitorId, wanted, StringComparison.OrdinalIgnoreCase) ? LookupKey.CompetitorId
                : competitor.BlindCode is { } code && string.Equals(code, wanted, StringComparison.OrdinalIgnoreCase) ? LookupKey.BlindCode
                : station is not null && competitor.Station == station && (competitor.Session is null || competitor.Session == sessionCheckedIn) ? LookupKey.Station
                : competitor.IdNumber is { } number && string.Equals(number, compact, StringComparison.OrdinalIgnoreCase) ? LookupKey.IdNumber
                : null;
            if (by is { } key)
            {
                matches.Add(new CompetitorMatch(competitor, key));
            }
        }

        // The text is never repeated back: it may be someone's ID number.
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, Refusal.NotFound("lookup-no-match", "No competitor of this event has that station number, blind code, competitor id or ID number.")),
            _ => (null, Refusal.Conflict("lookup-ambiguous",
                $"That names {matches.Count} competitors (by {string.Join(" and by ", matches.Select(m => m.By).Distinct())}); enter the competitor's ID number or id instead.")),
        };
    }
}
