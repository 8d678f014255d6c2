namespace Competitions.Domain.Awards;

/// <summary>The national vocational skill levels, lowest first (五级 to 一级).</summary>
public static class SkillLevels
{
    public static IReadOnlyList<string> Ladder { get; } = ["初级工", "中级工", "高级工", "技师", "高级技师"];

    /// <summary>The ladder position of a level, accepting both names (高级工) and grades (三级); -1 when unknown.</summary>
    public static int IndexOf(string? level) => level?.Trim() switch
    {
        null or "" => -1,
        "五级" => 0,
        "四级" => 1,
        "三级" => 2,
        "二级" => 3,
        "一级" => 4,
        var name => Ladder.ToList().IndexOf(name),
    };
}
