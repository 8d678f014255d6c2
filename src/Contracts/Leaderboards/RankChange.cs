using Competitions.Domain.Awards;

namespace Competitions.Contracts.Leaderboards;

/// <summary>A row (by <see cref="LeaderboardRow.Key"/>) whose only change is its place: a mark for one competitor moves many others by a rank.</summary>
[GenerateSerializer, Immutable]
public sealed record RankChange([property: Id(0)] string Key, [property: Id(1)] int Rank, [property: Id(2)] AwardBand Award);
