using Competitions.Domain.Scheme;

namespace Competitions.Domain.Imports;

/// <summary>The words a scheme sheet uses for kinds and aggregations, Chinese as exported, English accepted too.</summary>
public static class SchemeSheetTerms
{
    public static IReadOnlyDictionary<AspectKind, string> KindNames { get; } = new Dictionary<AspectKind, string>
    {
        [AspectKind.Measurement] = "测量",
        [AspectKind.Judgement] = "评价",
    };

    public static IReadOnlyDictionary<AggregationMethod, string> AggregationNames { get; } = new Dictionary<AggregationMethod, string>
    {
        [AggregationMethod.Mean] = "平均",
        [AggregationMethod.TrimmedMean] = "去高低",
        [AggregationMethod.Median] = "中位",
    };

    public static bool TryParse<TEnum>(IReadOnlyDictionary<TEnum, string> chinese, string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (candidate, name) in chinese)
        {
            if (string.Equals(text, name, StringComparison.Ordinal) || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>How a problem lists the accepted words: 测量|Measurement, 评价|Judgement.</summary>
    public static string Accepted<TEnum>(IReadOnlyDictionary<TEnum, string> chinese)
        where TEnum : struct, Enum =>
        string.Join(", ", chinese.Select(p => $"{p.Value}|{p.Key}"));
}
