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
}
