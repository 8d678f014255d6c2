namespace Competitions.Domain.Visibility;

/// <summary>
/// The event settings that decide what its boards show: judges mark by blind code (<paramref name="BlindMarking"/>),
/// the public board shows names or codes (<paramref name="PublicNames"/>), and results are out (<paramref name="Published"/>).
/// </summary>
public sealed record EventPrivacy(bool BlindMarking, bool PublicNames, bool Published);
