using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Competitions.Domain.Draws;

/// <summary>The draw of lots (抽签) of one event: stations, blind codes and theory-paper codes from a seed.</summary>
public static class LotDraw
{
    /// <summary>Four-digit codes run out here; an event this large does not exist.</summary>
    public const int MaxCompetitors = 9000;

    private const string StationLabel = "station";
    private const string BlindCodeLabel = "blind-code";
    private const string TheoryCodeLabel = "theory-code";

    /// <summary>
    /// Draws for the given competitors. The ids are sorted first so the caller's order does not matter; the same
    /// seed and ids always give the same result. Stations, blind codes and theory codes each come from their own
    /// labelled stream, so knowing one mapping tells nothing about another.
    /// </summary>
    public static IReadOnlyList<DrawnLot> Draw(string seed, IEnumerable<string> competitorIds, bool theoryCodes)
    {
        ArgumentException.ThrowIfNullOrEmpty(seed);
        var ids = competitorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxCompetitors)
        {
            throw new ArgumentException($"A draw covers at most {MaxCompetitors} competitors.", nameof(competitorIds));
        }

        var stations = Shuffle(seed, StationLabel, Enumerable.Range(1, ids.Count).ToArray());
        var blindCodes = Codes(seed, BlindCodeLabel, ids.Count);
        var theory = theoryCodes ? Codes(seed, TheoryCodeLabel, ids.Count) : null;
        return [.. ids.Select((id, i) => new DrawnLot(id, stations[i], blindCodes[i], theory?[i]))];
    }

    /// <summary>A SHA-256 (hex) of the whole mapping, for the ledger: the stored draw can later be shown untouched.</summary>
    public static string MappingHash(IEnumerable<DrawnLot> lots)
    {
        var canonical = new StringBuilder();
        foreach (var lot in lots.OrderBy(l => l.CompetitorId, StringComparer.Ordinal))
        {
            canonical.Append(CultureInfo.InvariantCulture, $"{lot.CompetitorId}\t{lot.Station}\t{lot.BlindCode}\t{lot.TheoryCode}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>A fresh seed for an organizer who gave none; it is recorded, so the draw stays reproducible.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Distinct codes of three digits (100–999), or four (1000–9999) when more than 900 are needed.</summary>
    private static string[] Codes(string seed, string label, int count)
    {
        var (first, size) = count <= 900 ? (100, 900) : (1000, 9000);
        var pool = Enumerable.Range(first, size).ToArray();
        var picked = Shuffle(seed, label, pool, count);
        return [.. picked.Take(count).Select(c => c.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>Fisher–Yates from the front: the first <paramref name="needed"/> items are a uniform random sample in random order.</summary>
    private static int[] Shuffle(string seed, string label, int[] items, int? needed = null)
    {
        using var stream = new LotStream(seed, label);
        var count = needed ?? items.Length;
        for (var i = 0; i < count && i < items.Length - 1; i++)
        {
            var j = i + stream.NextBelow(items.Length - i);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
