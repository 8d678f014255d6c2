using Competitions.Domain.Awards;

namespace Competitions.Web.Exports;

/// <summary>The award names printed on results and certificates.</summary>
public static class AwardLabels
{
    public static string Of(AwardBand award) => award switch
    {
        AwardBand.First => "一等奖",
        AwardBand.Second => "二等奖",
        AwardBand.Third => "三等奖",
        AwardBand.Merit => "优胜奖",
        _ => string.Empty,
    };
}
