using Competitions.Domain.Competitors;

namespace Competitions.Domain.Tests;

public sealed class IdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("440308199001011239", "4403**********1239")]
    [InlineData("H12345678", "H123*5678")]
    [InlineData("12345678", "********")]
    [InlineData("", "")]
    public void Mask_keeps_the_first_and_last_four_characters(string value, string expected) =>
        Assert.Equal(expected, IdNumber.Mask(value));

    [Fact]
    public void Mask_of_no_value_is_no_value() => Assert.Null(IdNumber.Mask(null));

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440308199001011239")]
    [InlineData("440301198506150040")]
    public void Mainland_ids_with_the_right_check_digit_are_valid(string value)
    {
        Assert.True(IdNumber.HasValidCheckDigit(value));
        Assert.Null(IdNumber.Problem(value));
    }

    [Theory]
    [InlineData("110105194912310021")] // check digit should be X
    [InlineData("440308199001011238")]
    [InlineData("44030819900101123X")]
    [InlineData("4403081990010112A9")]
    public void A_wrong_check_digit_is_refused(string value)
    {
        Assert.False(IdNumber.HasValidCheckDigit(value));
        Assert.Contains("check digit", IdNumber.Problem(value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("H1234567(8)", true)]
    [InlineData("E12345678", true)]
    [InlineData("1234", false)]
    [InlineData("身份证号码", false)]
    public void Other_documents_are_only_checked_for_plausible_characters(string value, bool valid) =>
        Assert.Equal(valid, IdNumber.Problem(value) is null);
}
