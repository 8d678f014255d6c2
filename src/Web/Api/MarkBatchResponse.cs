namespace Competitions.Web.Api;

/// <summary>The outcome of every mark of a <see cref="MarkBatchRequest"/>, in the order they were sent.</summary>
public sealed record MarkBatchResponse(IReadOnlyList<BatchMarkOutcome> Outcomes);
