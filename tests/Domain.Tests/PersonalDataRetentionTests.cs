using Competitions.Domain.Retention;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

public sealed class PersonalDataRetentionTests
{
    private static readonly Actor Organizer = new(true, null);
    private static readonly DateTimeOffset FinalFrom = new(2026, 10, 14, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(EventStatus.Setup)]
    [InlineData(EventStatus.Scoring)]
    [InlineData(EventStatus.Locked)]
    public void Nothing_is_erased_before_publication(EventStatus status) =>
        Assert.Equal("erasure-too-early", PersonalDataRetention.Erasure(Organizer, status, null, 0, FinalFrom.AddDays(30))?.Code);

    [Fact]
    public void A_published_event_keeps_its_personal_data_until_the_results_are_final()
    {
        Assert.Equal("erasure-too-early", PersonalDataRetention.Erasure(Organizer, EventStatus.Published, FinalFrom, 0, FinalFrom.AddTicks(-1))?.Code);
        Assert.Null(PersonalDataRetention.Erasure(Organizer, EventStatus.Published, FinalFrom, 0, FinalFrom));
        Assert.Null(PersonalDataRetention.Erasure(Organizer, EventStatus.Published, FinalFrom, 0, FinalFrom.AddDays(1)));
    }

    [Fact]
    public void An_open_appeal_holds_the_erasure_back_even_after_the_deadline() =>
        Assert.Equal("erasure-appeal-open", PersonalDataRetention.Erasure(Organizer, EventStatus.Published, FinalFrom, 1, FinalFrom.AddDays(1))?.Code);

    [Fact]
    public void Only_organizers_erase()
    {
        var refusal = PersonalDataRetention.Erasure(new Actor(false, "CHIEF"), EventStatus.Published, FinalFrom, 0, FinalFrom.AddDays(1));

        Assert.Equal(("organizers-only", Validation.RefusalKind.Forbidden), (refusal?.Code, refusal?.Kind));
    }

    [Theory]
    [InlineData("C1", "11010519491231002X", false)]
    [InlineData("11010519491231002X", "11010519491231002X", true)]
    [InlineData("h1234567", "H1234567", true)]
    [InlineData("11010519491231002X", null, true)]
    [InlineData("110105194912310021", null, false)]
    public void A_competitor_id_is_never_an_id_number_because_the_ledger_keeps_ids_forever(string competitorId, string? idNumber, bool refused) =>
        Assert.Equal(refused, PersonalDataRetention.CompetitorIdProblem(competitorId, idNumber) is not null);
}
