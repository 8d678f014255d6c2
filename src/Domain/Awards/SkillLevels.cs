namespace Competitions.Domain.Awards;

/// <summary>The national vocational skill levels, lowest first (五级 to 一级).</summary>
public static class SkillLevels
{
    public static IReadOnlyList<string> Ladder { get; } = ["初级工", "中级工", "高级工", "技师", "高级技师"];

    /// <summary>The grades of <see cref="Ladder"/>, position for position.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["五级", "四级", "三级", "二级", "一级"];

    /// <summary>
    /// The ladder position of a level, accepting names (高级工), grades (三级) and both as certificates name them
    /// (三级/高级工); -1 when unknown.
    /// </summary>
    public static int IndexOf(string? level) =>
        (level ?? string.Empty).Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Math.Max(Ladder.ToList().IndexOf(name), Grades.ToList().IndexOf(name)))
            .DefaultIfEmpty(-1).Max();

    /// <summary>A level as certificates name it, grade and name (四级/中级工), whichever of the two was given; null when unknown.</summary>
    public static string? Certified(string? level) => IndexOf(level) is var i and >= 0 ? $"{Grades[i]}/{Ladder[i]}" : null;
}
