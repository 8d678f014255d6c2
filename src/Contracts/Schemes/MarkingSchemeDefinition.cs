using Competitions.Domain.Scheme;
using Competitions.Domain.Text;

namespace Competitions.Contracts.Schemes;

/// <summary>Criteria (A, B, C…) and their aspects, as organizers write them.</summary>
[GenerateSerializer, Immutable]
public sealed record MarkingSchemeDefinition([property: Id(0)] IReadOnlyList<CriterionDefinition> Criteria)
{
    public static MarkingSchemeDefinition Empty { get; } = new([]);

    public IEnumerable<AspectDefinition> Aspects => Criteria.SelectMany(c => c.Aspects);

    public decimal MaxTotal => Aspects.Sum(a => a.MaxMark);

    public MarkingScheme ToRules() => new(Criteria.SelectMany(c => c.Aspects.Select(a =>
        new AspectRule(a.Id, c.Id, a.Kind, a.MaxMark, a.Step, a.Aggregation, a.SpreadThreshold))));

    /// <summary>
    /// What a revision during marking may not change, because marks already entered refer to it: an aspect must stay,
    /// in the same criterion and of the same kind, and a measurement keeps its max mark and step (its values are
    /// absolute). Judgement marks are on the 0–3 scale, so a judgement aspect's max mark may change.
    /// </summary>
    public IReadOnlyList<string> RevisionProblems(MarkingSchemeDefinition current)
    {
        var revised = Criteria.SelectMany(c => c.Aspects.Select(a => (Criterion: c.Id, Aspect: a))).ToDictionary(x => x.Aspect.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var criterion in current.Criteria)
        {
            foreach (var before in criterion.Aspects)
            {
                if (!revised.TryGetValue(before.Id, out var after))
                {
                    problems.Add($"Aspect {before.Id} has marks and cannot be removed.");
                }
                else if (after.Criterion != criterion.Id || after.Aspect.Kind != before.Kind)
                {
                    problems.Add($"Aspect {before.Id} must stay a {before.Kind} aspect of criterion {criterion.Id}.");
                }
                else if (before.Kind == AspectKind.Measurement && (after.Aspect.MaxMark != before.MaxMark || after.Aspect.Step != before.Step))
                {
                    problems.Add($"Aspect {before.Id} is a measurement: its max mark and step cannot change once values are entered.");
                }
            }
        }

        return problems;
    }

    /// <summary>Every problem in the scheme, each naming the criterion or aspect it is about.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (Criteria.Count == 0)
        {
            problems.Add("A marking scheme needs at least one criterion.");
        }

        foreach (var criterion in Criteria)
        {
            if (!Keys.IsValidId(criterion.Id) || !ids.Add(criterion.Id))
            {
                problems.Add($"Criterion id '{criterion.Id}' is empty, malformed or used twice.");
            }

            if (FreeText.Check($"Criterion {criterion.Id}: the title", criterion.Title, FreeText.TitleMax) is { } title)
            {
                problems.Add(title.Reason);
            }

            if (criterion.Aspects.Count == 0)
            {
                problems.Add($"Criterion {criterion.Id} has no aspects.");
            }

            foreach (var aspect in criterion.Aspects)
            {
                if (!Keys.IsValidId(aspect.Id) || !ids.Add(aspect.Id))
                {
                    problems.Add($"Aspect id '{aspect.Id}' in criterion {criterion.Id} is empty, malformed or used twice.");
                }

                var rule = new AspectRule(aspect.Id, criterion.Id, aspect.Kind, aspect.MaxMark, aspect.Step, aspect.Aggregation, aspect.SpreadThreshold);
                problems.AddRange(rule.DefinitionProblems().Select(p => p.Reason));
                if (FreeText.Check($"Aspect {aspect.Id}: the title", aspect.Title, FreeText.TitleMax) is { } aspectTitle)
                {
                    problems.Add(aspectTitle.Reason);
                }
            }
        }

        return problems;
    }
}
