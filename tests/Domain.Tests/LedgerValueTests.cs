using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class LedgerValueTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("97.5")]
    [InlineData("0.0001")]
    [InlineData("1.00000")]
    [InlineData("99999999.9999")]
    [InlineData("-99999999.9999")]
    public void Values_the_column_holds_exactly_are_accepted(string value) =>
        Assert.Null(LedgerValue.Problem(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.00003")]
    [InlineData("2.12345")]
    [InlineData("100000000")]
    [InlineData("1E+20")]
    [InlineData("-100000000")]
    public void Values_the_column_would_round_or_refuse_are_refused(string value) =>
        Assert.NotNull(LedgerValue.Problem(decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)));
}
