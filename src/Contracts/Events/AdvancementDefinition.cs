using Competitions.Domain.Advancement;
using Competitions.Domain.Awards;

namespace Competitions.Contracts.Events;

/// <summary>
/// Where a later round's event takes its competitors from: the earlier round's event(s) of the same contest (one per
/// venue when a preliminary runs at several, ranked together) and the rule (see <see cref="AdvancementRule"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AdvancementDefinition(
    [property: Id(0)] IReadOnlyList<string> Sources,
    [property: Id(1)] AdvancementKind Kind = AdvancementKind.TopPlaces,
    [property: Id(2)] int Places = 0,
    [property: Id(3)] decimal MinimumScore = 0m,
    [property: Id(4)] decimal Percent = 0m,
    [property: Id(5)] ShareRounding Rounding = ShareRounding.HalfUp,
    [property: Id(6)] CutTies Ties = CutTies.AllAdvance)
{
    public AdvancementRule ToRule() => new(Kind, Places, MinimumScore, Percent, Rounding, Ties);

    public IEnumerable<string> Problems(string ownCode)
    {
        if (Sources is null || Sources.Count == 0)
        {
            yield return "An advancement names the earlier round's event(s) it draws from.";
        }
        else if (Sources.Any(s => !Keys.IsValidId(s) || s == ownCode) || Sources.Distinct(StringComparer.Ordinal).Count() != Sources.Count)
        {
            yield return "Advancement sources are other events' codes, each named once.";
        }

        if (!Enum.IsDefined(Kind) || !Enum.IsDefined(Ties) || !Enum.IsDefined(Rounding))
        {
            yield return "The advancement rule's kind, tie rule or rounding is not one this version knows.";
        }
        else if (Advancements.Check(ToRule()) is { } problem)
        {
            yield return problem.Reason;
        }
    }
}
