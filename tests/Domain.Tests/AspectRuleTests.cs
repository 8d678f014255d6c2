using Competitions.Domain.Scheme;

namespace Competitions.Domain.Tests;

public sealed class AspectRuleTests
{
    private static readonly AspectRule Diameter = new("A1", "A", AspectKind.Measurement, 3m, 0.5m, AggregationMethod.Mean, 1m);
    private static readonly AspectRule Finish = new("B1", "B", AspectKind.Judgement, 6m, 1m, AggregationMethod.Mean, 1m);

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.5)]
    [InlineData(3.0)]
    public void Measurement_accepts_values_on_the_step_within_range(double value)
    {
        Assert.Null(Diameter.Validate((decimal)value));
    }

    [Theory]
    [InlineData(-0.5, "accepts 0 to 3")]
    [InlineData(3.5, "accepts 0 to 3")]
    [InlineData(1.3, "steps of 0.5")]
    public void Measurement_refuses_out_of_range_and_off_step_values(double value, string reason)
    {
        Assert.Contains(reason, Diameter.Validate((decimal)value));
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(3.0, true)]
    [InlineData(1.5, false)]
    [InlineData(4.0, false)]
    [InlineData(6.0, false)]
    public void Judgement_accepts_only_the_zero_to_three_scale(double value, bool valid)
    {
        Assert.Equal(valid, Finish.Validate((decimal)value) is null);
    }

    [Fact]
    public void A_sound_definition_has_no_problems()
    {
        Assert.Empty(Diameter.DefinitionProblems());
        Assert.Empty(Finish.DefinitionProblems());
    }

    [Theory]
    [InlineData("0.00003", "1", "step-invalid")]
    [InlineData("0.5", "100000000", "max-mark-invalid")]
    [InlineData("0.5", "0.00005", "max-mark-invalid")]
    [InlineData("0.3", "1", "step-invalid")]
    public void Steps_and_maxima_the_ledger_cannot_hold_exactly_are_refused(string step, string max, string code)
    {
        var aspect = Diameter with { Step = decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture), MaxMark = decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Contains(code, aspect.DefinitionProblems().Select(p => p.Code));
    }

    [Fact]
    public void Undefined_kinds_and_aggregations_are_refused_not_scored_by_a_fallback()
    {
        var aspect = Diameter with { Kind = (AspectKind)9, Aggregation = (AggregationMethod)8 };

        Assert.Equal(["aspect-kind-unknown", "aggregation-unknown"], aspect.DefinitionProblems().Select(p => p.Code).Take(2));
    }

    [Fact]
    public void A_mark_with_more_decimals_than_the_ledger_holds_is_refused_even_without_a_step()
    {
        var free = Diameter with { Step = 0m };

        Assert.Null(free.Validate(2.1234m));
        Assert.Contains("decimal places", free.Validate(0.00003m));
    }
}

