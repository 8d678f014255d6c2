using Competitions.Domain.Competitors;
using Competitions.Domain.Registry;

namespace Competitions.Domain.Tests;

public sealed class PersonRegistryTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly DateTimeOffset Day = new(2026, 10, 12, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 110105 19491231 002X ")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void The_same_number_however_typed_gives_the_same_key(string typed) =>
        Assert.Equal(PersonKey.Of(Key, "11010519491231002X"), PersonKey.Of(Key, typed));

    [Fact]
    public void The_key_is_a_keyed_hash_that_shows_nothing_of_the_number()
    {
        var key = PersonKey.Of(Key, "11010519491231002X");
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.DoesNotContain("19491231", key, StringComparison.Ordinal);
        Assert.NotEqual(key, PersonKey.Of(Key, "440308199001011239"));
        Assert.NotEqual(key, PersonKey.Of([.. Key.Reverse()], "11010519491231002X"));
    }

    [Fact]
    public void A_short_registry_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => PersonKey.Of(new byte[31], "11010519491231002X"));

    [Theory]
    [InlineData(" 11010519491231002x", "11010519491231002X")]
    [InlineData("Ｈ１２３４５６（７）", "H123456(7)")]
    public void Normalise_gives_one_spelling(string typed, string expected) => Assert.Equal(expected, IdNumber.Normalise(typed));

    public static TheoryData<string?, LevelEvidence[]> Levels => new()
    {
        // Nothing said: no level.
        { null, [] },
        { null, [new(Day, null, null, true), new(Day.AddDays(1), " ", null, true)] },
        // The level he entered with.
        { "中级工", [new(Day, "中级工", null, false)] },
        // A published promotion lifts it.
        { "高级工", [new(Day, "中级工", "高级工", true)] },
        // A promotion not yet published is not a level.
        { "中级工", [new(Day, "中级工", "高级工", false)] },
        // The highest counts, not the latest: a later entry at a lower level does not lower it.
        { "技师", [new(Day, "高级工", "技师", true), new(Day.AddDays(400), "中级工", null, true)] },
        // Grades and names are one ladder; of equal levels, the latest entry's spelling.
        { "三级", [new(Day, "高级工", null, true), new(Day.AddDays(1), "三级", null, true), new(Day.AddDays(2), "四级", null, true)] },
        { "一级", [new(Day, "技师", "一级", true)] },
        // A passed assessment certifies the level as certificates name it (grade/name), on the same ladder.
        { "四级/中级工", [new(Day, "初级工", "四级/中级工", true), new(Day.AddDays(1), "五级", null, true)] },
        { "高级工", [new(Day, "四级/中级工", null, true), new(Day.AddDays(1), "高级工", null, true)] },
        // Levels off the ladder cannot be ranked: they count only without a ladder level, the latest then.
        { "技师", [new(Day, "特级技师", null, true), new(Day.AddDays(1), "技师", null, true)] },
        { "专项能力B", [new(Day, "专项能力A", null, true), new(Day.AddDays(1), "专项能力B", null, true)] },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_carried_level_is_the_highest_certified_or_published_promotion(string? expected, LevelEvidence[] history) =>
        Assert.Equal(expected, CarriedLevel.From(history));

    [Fact]
    public void Linking_again_keeps_one_entry_from_the_first_time_and_the_name_last_seen()
    {
        var person = PersonRecord.Empty
            .Linked(new("c1/E1", "C1", Day, "中级工"), "王伟", "1101**********002X")
            .Linked(new("c2/E1", "K7", Day.AddDays(300), null), "王 伟", "1101**********002X")
            .Linked(new("c1/E1", "C1", Day.AddDays(1), "高级工"), "王伟", "1101**********002X");

        Assert.Equal([new("c1/E1", "C1", Day, "高级工"), new RegistryLink("c2/E1", "K7", Day.AddDays(300), null)], person.Links);
        Assert.Equal("王伟", person.Name);
        Assert.True(person.Exists);
    }

    [Fact]
    public void Linking_again_unchanged_gives_the_same_record_and_any_change_a_new_one()
    {
        var person = PersonRecord.Empty.Linked(new("c1/E1", "C1", Day, "中级工"), "王伟", "1101**********002X");

        Assert.Same(person, person.Linked(new("c1/E1", "C1", Day.AddDays(1), "中级工"), "王伟", "1101**********002X"));
        Assert.NotSame(person, person.Linked(new("c1/E1", "C1", Day, "高级工"), "王伟", "1101**********002X"));
        Assert.NotSame(person, person.Linked(new("c1/E1", "C1", Day, "中级工"), "王 伟", "1101**********002X"));
        Assert.NotSame(person, person.Linked(new("c1/E2", "C1", Day, "中级工"), "王伟", "1101**********002X"));
    }

    [Fact]
    public void Erasing_an_event_removes_its_entries_and_the_last_one_takes_the_personal_data_with_it()
    {
        var person = PersonRecord.Empty
            .Linked(new("c1/E1", "C1", Day, null), "王伟", "1101**********002X")
            .Linked(new("c2/E1", "K7", Day.AddDays(300), null), "王伟", "1101**********002X");

        var one = person.Unlinked("c1/E1");
        Assert.Equal(("王伟", "1101**********002X"), (one.Name, one.MaskedIdNumber));
        Assert.Equal("c2/E1", Assert.Single(one.Links).EventKey);

        var none = one.Unlinked("c2/E1");
        Assert.False(none.Exists);
        Assert.Equal(PersonRecord.Empty, none);
    }

    [Fact]
    public void A_competitor_unlinked_alone_leaves_the_event_s_other_entries() =>
        Assert.Equal(
            "C2",
            Assert.Single(PersonRecord.Empty
                .Linked(new("c1/E1", "C1", Day, null), "王伟", null)
                .Linked(new("c1/E1", "C2", Day, null), "王伟", null)
                .Unlinked("c1/E1", "C1").Links).CompetitorId);
}

public sealed class RegistryRulesTests
{
    [Theory]
    [InlineData(false, null, "organizers-only")]
    [InlineData(false, "11010519491231002X", "organizers-only")]
    [InlineData(true, "110105194912310021", "id-number-invalid")]
    [InlineData(true, "12", "id-number-invalid")]
    [InlineData(true, "11010519491231002x", null)]
    [InlineData(true, " 11010519491231002X ", null)]
    [InlineData(true, null, null)]
    public void Only_organizers_look_up_and_only_with_a_number_a_roster_would_take(bool organizer, string? idNumber, string? refusal) =>
        Assert.Equal(refusal, RegistryRules.Lookup(new Workflow.Actor(organizer, organizer ? null : "J1"), idNumber)?.Code);
}
