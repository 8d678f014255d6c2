using System.Text;

namespace Competitions.Domain.Competitors;

/// <summary>Rules for a competitor's national ID number: how it is checked and how it is shown.</summary>
public static class IdNumber
{
    private const int VisibleAtEachEnd = 4;

    // ISO 7064 MOD 11-2 as GB 11643 applies it: weights of the first 17 digits, and the check character per remainder.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// The number as responses show it: the first and last four characters, the rest starred, so a roster can be
    /// checked against a card without the list itself identifying anyone. Short values are starred entirely.
    /// </summary>
    public static string? Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= VisibleAtEachEnd * 2)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, VisibleAtEachEnd), new string('*', value.Length - (VisibleAtEachEnd * 2)), value.AsSpan(value.Length - VisibleAtEachEnd));
    }

    /// <summary>
    /// The one spelling of a number however it was typed: full-width characters from a Chinese input method as their
    /// ASCII forms, no spaces, letters upper-case (the check character X is often typed x).
    /// </summary>
    public static string Normalise(string value) =>
        string.Concat(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>True when the value is an 18-character mainland resident ID whose last character is its check digit.</summary>
    public static bool HasValidCheckDigit(string value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacters[sum % 11];
    }

    /// <summary>
    /// Why the value is not acceptable, or null when it is. An 18-character value is a mainland ID and must carry
    /// the right check digit; shorter documents (Hong Kong, Macao, Taiwan permits, passports) are only checked for
    /// plausible characters, since their numbering has no common check rule.
    /// </summary>
    public static string? Problem(string value)
    {
        if (value.Length == 18)
        {
            return HasValidCheckDigit(value)
                ? null
                : "The ID number is not a valid 18-character mainland ID (its check digit does not match).";
        }

        return value.Length is >= 5 and <= 20 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '-')
            ? null
            : "The ID number must be an 18-character mainland ID, or 5–20 letters and digits for other documents.";
    }
}
