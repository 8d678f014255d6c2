namespace Competitions.Domain.Awards;

/// <summary>A title for places up to <see cref="UpToPlace"/> with at least the award's minimum score (e.g. top 5 → 技术能手).</summary>
public sealed record TitleRule(int UpToPlace, string Title);
