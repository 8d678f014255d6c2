using Competitions.Domain.Text;

namespace Competitions.Domain.Tests;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("tablet-07")]
    [InlineData("王伟")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_text_passes(string? value) => Assert.Null(FreeText.Check("name", value, FreeText.NameMax));

    [Theory]
    [InlineData("tab\u0000let", "text-control-character")]
    [InlineData("a\u001fb", "text-control-character")]
    [InlineData("line\nbreak", "text-control-character")]
    [InlineData("bare\rcr", "text-control-character")]
    [InlineData("=HYPERLINK(\"x\")", "text-formula")]
    [InlineData("+1", "text-formula")]
    [InlineData("-2+3", "text-formula")]
    [InlineData("@SUM(A1)", "text-formula")]
    public void Control_characters_and_formula_starts_are_refused(string value, string code) =>
        Assert.Equal(code, FreeText.Check("deviceId", value, FreeText.LabelMax)?.Code);

    [Fact]
    public void Text_longer_than_its_field_allows_is_refused_and_names_the_field()
    {
        var problem = FreeText.Check("deviceId", new string('x', FreeText.LabelMax + 1), FreeText.LabelMax);

        Assert.Equal("text-too-long", problem?.Code);
        Assert.Equal("deviceId", problem?.Field);
        Assert.Null(FreeText.Check("deviceId", new string('x', FreeText.LabelMax), FreeText.LabelMax));
    }

    [Fact]
    public void Multiline_text_may_hold_line_feeds_but_no_other_control_character()
    {
        Assert.Null(FreeText.Check("reason", "first line\nsecond line", FreeText.ReasonMax, multiline: true));
        Assert.Equal("text-control-character", FreeText.Check("reason", "first\r\nsecond", FreeText.ReasonMax, multiline: true)?.Code);
        Assert.Equal("text-control-character", FreeText.Check("reason", "nul\0", FreeText.ReasonMax, multiline: true)?.Code);
    }
}
