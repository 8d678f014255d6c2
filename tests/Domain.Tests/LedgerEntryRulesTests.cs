using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class LedgerEntryRulesTests
{
    private static readonly LedgerRecord Sound = new(
        "sheet:c/E1/C1", 0, Guid.NewGuid(), "mark-entered", "c/E1", "C1", "A1", "J1", "J1", "tablet-1", 3.5m, null, null, default);

    [Fact]
    public void A_sound_row_passes() => Assert.Null(LedgerEntryRules.Check(Sound));

    [Fact]
    public void An_all_zero_entry_id_is_refused() =>
        Assert.Equal("entry-id-empty", LedgerEntryRules.Check(Sound with { EntryId = Guid.Empty })?.Code);

    [Fact]
    public void A_value_the_ledger_would_round_is_refused() =>
        Assert.Equal("value-unstorable", LedgerEntryRules.Check(Sound with { Value = 0.00003m })?.Code);

    [Fact]
    public void A_value_beyond_the_column_is_refused_not_left_to_the_database() =>
        Assert.Equal("value-unstorable", LedgerEntryRules.Check(Sound with { Value = 1e12m })?.Code);

    [Theory]
    [InlineData("tab\0let", null, "deviceId")]
    [InlineData("=cmd|' /C calc'!A0", null, "deviceId")]
    [InlineData("tablet-1", "reason\u001fwith separator", "reason")]
    public void Poison_text_in_the_device_id_or_reason_is_refused_naming_the_field(string deviceId, string? reason, string field) =>
        Assert.Equal(field, LedgerEntryRules.Check(Sound with { DeviceId = deviceId, Reason = reason })?.Field);

    [Fact]
    public void A_device_id_of_megabytes_is_refused() =>
        Assert.Equal("text-too-long", LedgerEntryRules.Check(Sound with { DeviceId = new string('d', 5_000_000) })?.Code);
}
