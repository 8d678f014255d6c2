using Competitions.Contracts.Contests;
using Competitions.Contracts.Judges;

namespace Competitions.Silo.Demo;

/// <summary>A complete contest as the organizers would enter it, generated for demonstrations and load tests.</summary>
public sealed record DemoContest(ContestDefinition Contest, IReadOnlyList<JudgeProfile> Judges, IReadOnlyList<DemoEvent> Events);
