namespace Competitions.Domain.Scheme;

/// <summary>The aspects of an event, in scheme order; criteria are identified through <see cref="AspectRule.CriterionId"/>.</summary>
public sealed class MarkingScheme
{
    private readonly Dictionary<string, AspectRule> _byId;

    public MarkingScheme(IEnumerable<AspectRule> aspects)
    {
        Aspects = [.. aspects];
        _byId = new Dictionary<string, AspectRule>(StringComparer.Ordinal);
        foreach (var aspect in Aspects)
        {
            if (!_byId.TryAdd(aspect.Id, aspect))
            {
                throw new ArgumentException($"Aspect id {aspect.Id} appears twice in the scheme.", nameof(aspects));
            }
        }

        MaxTotal = Aspects.Sum(a => a.MaxMark);
    }

    public IReadOnlyList<AspectRule> Aspects { get; }

    /// <summary>The sum of all aspects' max marks: the practical part is scaled from this to 100.</summary>
    public decimal MaxTotal { get; }

    public AspectRule? Find(string aspectId) => _byId.GetValueOrDefault(aspectId);
}
