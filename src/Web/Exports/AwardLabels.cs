using Competitions.Domain.Awards;

namespace Competitions.Web.Exports;

/// <summary>The award names printed on results and certificates, and what stands for an absent competitor's result.</summary>
public static class AwardLabels
{
    /// <summary>Printed where an absent competitor's total would be: he has no score, rank or award, and is not zero.</summary>
    public const string Absent = "缺考";

    public static string Of(AwardBand award) => award switch
    {
        AwardBand.First => "一等奖",
        AwardBand.Second => "二等奖",
        AwardBand.Third => "三等奖",
        AwardBand.Merit => "优胜奖",
        _ => string.Empty,
    };
}
