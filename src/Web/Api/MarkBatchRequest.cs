namespace Competitions.Web.Api;

/// <summary>A tablet's pending marks, oldest first, sent together when the network allows.</summary>
public sealed record MarkBatchRequest(IReadOnlyList<BatchMark> Marks);
