using System.Text.Json.Serialization;
using Competitions.Domain.Assessments;
using Competitions.Domain.Awards;
using Competitions.Domain.Ranking;
using Competitions.Domain.Scoring;
using Competitions.Domain.Text;
using Competitions.Domain.Validation;

namespace Competitions.Contracts.Events;

/// <summary>An event (赛项) of a contest and the rules that turn its score sheets into results.</summary>
[GenerateSerializer, Immutable]
public sealed record EventDefinition(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Venue,
    [property: Id(3)] EventFormat Format = EventFormat.Individual,
    [property: Id(4)] bool BlindMarking = true,
    [property: Id(5)] decimal TheoryPercent = 0m,
    [property: Id(6)] decimal PracticalPercent = 100m,
    [property: Id(7)] IReadOnlyList<TieBreakDefinition>? TieBreaks = null,
    [property: Id(8)] AwardRuleDefinition? Awards = null,
    [property: Id(9)] bool PublicNames = true,
    [property: Id(10)] decimal NoticeHours = 0m,
    [property: Id(11)] decimal AppealHours = 2m,
    [property: Id(12)] IReadOnlyList<EventSession>? Sessions = null,
    [property: Id(13)] AdvancementDefinition? Advancement = null,
    [property: Id(14)] string? Stage = null,
    [property: Id(15)] AssessmentDefinition? Assessment = null)
{
    public EventWeights Weights => new(TheoryPercent, PracticalPercent);

    public IReadOnlyList<TieBreak> TieBreakRules =>
        TieBreaks is null ? TieBreak.Default : [.. TieBreaks.Select(t => new TieBreak(t.Kind, t.CriterionId))];

    public AwardRule AwardRule => Awards?.ToRule() ?? AwardRule.Default;

    /// <summary>The pass marks and level when the event is an assessment (no ranking, no prizes); null for a contest.</summary>
    /// <remarks>Not sent: <see cref="Assessment"/> already says it to clients.</remarks>
    [JsonIgnore]
    public AssessmentRule? AssessmentRule => Assessment?.ToRule();

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Keys.IsValidId(Code))
        {
            problems.Add("The event code must be 1–64 letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("The event needs a name.");
        }

        problems.AddRange(new[]
        {
            FreeText.Check("The event name", Name, FreeText.NameMax),
            FreeText.Check("The venue", Venue, FreeText.NameMax),
            FreeText.Check("The round", Stage, FreeText.NameMax),
        }.OfType<FieldProblem>().Concat(Sessions?.Select(s => FreeText.Check("A session name", s.Name, FreeText.NameMax)).OfType<FieldProblem>() ?? [])
            .Select(p => p.Reason));

        if (!Enum.IsDefined(Format))
        {
            problems.Add($"Format {(int)Format} is not a known event format.");
        }

        if (Weights.Validate() is { } weights)
        {
            problems.Add(weights);
        }

        if (AwardRule.Validate() is { } awards)
        {
            problems.Add(awards);
        }

        if (AssessmentRule?.Validate() is { } assessment)
        {
            problems.Add(assessment);
        }

        if (NoticeHours is < 0m or > 720m)
        {
            problems.Add("The public notice period (公示) is 0 to 720 hours.");
        }

        if (Sessions?.Any(s => string.IsNullOrWhiteSpace(s.Name) || s.EndsAt <= s.StartsAt) == true)
        {
            problems.Add("Every session needs a name and must end after it starts.");
        }

        if (AppealHours is < 0m or > 720m)
        {
            problems.Add("The appeal deadline is 0 to 720 hours after publication.");
        }

        problems.AddRange(Advancement?.Problems(Code) ?? []);

        if (TieBreakRules.Any(t => !Enum.IsDefined(t.Kind)))
        {
            problems.Add("A tie-break kind is not one this version knows.");
        }

        if (TieBreakRules.Any(t => t.Kind == TieBreakKind.CriterionScore && string.IsNullOrEmpty(t.CriterionId)))
        {
            problems.Add("A criterion tie-break must name its criterion.");
        }

        return problems;
    }
}
