namespace Competitions.Contracts.Appeals;

/// <summary>
/// A team leader's appeal (申诉) against a competitor's result, with his written grounds. <see cref="AppealId"/> is
/// chosen by the client, so sending the same appeal twice (a lost answer, a double click) lodges it once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AppealRequest([property: Id(0)] string CompetitorId, [property: Id(1)] string Reason, [property: Id(2)] Guid? AppealId = null);
