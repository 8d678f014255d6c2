using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Assessments;

namespace Competitions.Web.Exports;

/// <summary>The words results and certificates print for an assessment's part and overall results.</summary>
public static class AssessmentLabels
{
    /// <summary>The result files' columns for an assessment, after the contest's (empty on a contest's lines).</summary>
    public static readonly string[] Columns = ["theory_result", "practical_result", "result", "level_certified"];

    public static string Of(PartResult result) => result switch
    {
        PartResult.Pass => "合格",
        PartResult.Fail => "不合格",
        PartResult.Absent => AwardLabels.Absent,
        PartResult.Pending => "待定",
        _ => string.Empty,
    };

    /// <summary>The overall result, with the level certified on a pass (合格 四级/中级工).</summary>
    public static string Summary(AssessmentResult result) =>
        string.Join(" ", new[] { Of(result.Overall), result.LevelCertified }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The cells under <see cref="Columns"/>.</summary>
    public static string[] Cells(AssessmentResult? result) => result is null
        ? [.. Columns.Select(_ => string.Empty)]
        : [Of(result.Theory), Of(result.Practical), Of(result.Overall), result.LevelCertified ?? string.Empty];
}
