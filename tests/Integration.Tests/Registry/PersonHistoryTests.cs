using System.Net;
using System.Net.Http.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Registry;
using Competitions.Domain.Awards;
using Competitions.Domain.Competitors;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Integration.Tests.Retention;
using Competitions.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Competitions.Integration.Tests.Registry;

[Collection(ClusterCollection.Name)]
public sealed class PersonHistoryTests(CompetitionsFixture fixture)
{
    // New for each run: other tests' persons in the shared database must not be found.
    private readonly string _idNumber = PersonalDataErasureTests.MainlandId();

    [Fact]
    public async Task The_same_id_number_in_two_contests_is_one_history_with_both_results_and_the_level_carried_until_erased()
    {
        // First contest: entered as C2 at 高级工 (second prize there). Second contest: as C3 without a level (first
        // prize), the check character typed in lower case, as a roster may carry it.
        var first = await PublishedContest.CreateAsync(fixture, appealHours: 0m, beforeMarking: c =>
            RegisterAsync(c, new CompetitorEntry("C2", "李娜", "Org-B", "南山区", 2, "M3X9", _idNumber, "高级工")));
        var second = await PublishedContest.CreateAsync(fixture, appealHours: 0m, beforeMarking: async c =>
        {
            await RegisterAsync(c, new CompetitorEntry("C3", "李娜", "Org-C", "宝安区", 3, "P8R4", _idNumber.ToLowerInvariant()));
            // The level the history carries, given at registration.
            Assert.Equal("高级工", (await RosterAsync(c)).Single(e => e.Id == "C3").CurrentLevel);
        });

        var history = await (await LookUpAsync(second.Organizer, second.ContestId, _idNumber)).ReadAsync<PersonHistory>();

        Assert.Equal(("李娜", IdNumber.Mask(_idNumber), "高级工"), (history.Name, history.MaskedIdNumber, history.CarriedLevel));
        Assert.Equal(
            [
                (first.ContestId, "C2", "高级工", EventStatus.Published, (int?)2, AwardBand.Second),
                (second.ContestId, "C3", "高级工", EventStatus.Published, 1, AwardBand.First),
            ],
            history.Entries.Select(e => (e.ContestId, e.CompetitorId, e.Level, e.Status, e.Rank, e.Award)));
        var board = await second.LeaderboardAsync();
        Assert.Equal(board.Rows.Single(r => r.CompetitorId == "C3").Total, history.Entries[1].Total);
        // The number never comes back whole.
        Assert.DoesNotContain(_idNumber[6..14], await (await LookUpAsync(first.Organizer, first.ContestId, _idNumber)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same history from one of his entries.
        var byEntry = await first.Organizer.GetFromJsonAsync<PersonHistory>($"{first.EventPath}/competitors/C2/history", Json.Options);
        Assert.Equal(history.Entries, byEntry!.Entries);

        // An organizer of the second contest alone sees only its entry.
        using var organizerOfSecond = await fixture.CreateConsoleClientAsync(false, second.ContestId);
        Assert.Equal([second.ContestId], (await (await LookUpAsync(organizerOfSecond, second.ContestId, _idNumber)).ReadAsync<PersonHistory>()).Entries.Select(e => e.ContestId));
        await AssertRefusedAsync(await LookUpAsync(organizerOfSecond, first.ContestId, _idNumber), HttpStatusCode.Forbidden, "forbidden");

        // Judges and the public are refused; a bad number is refused without being repeated; nobody under another number.
        using var chief = fixture.CreateClient(await first.SignInAsync("CHIEF"));
        await AssertRefusedAsync(await LookUpAsync(chief, first.ContestId, _idNumber), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.GetAsync($"{first.EventPath}/competitors/C2/history")).StatusCode);
        using var anonymous = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await LookUpAsync(anonymous, first.ContestId, _idNumber)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{first.EventPath}/competitors/C2/history")).StatusCode);
        var bad = await LookUpAsync(first.Organizer, first.ContestId, "110105194912310021");
        Assert.DoesNotContain("110105194912310021", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertRefusedAsync(bad, HttpStatusCode.BadRequest, "id-number-invalid");
        await AssertRefusedAsync(await LookUpAsync(first.Organizer, first.ContestId, PersonalDataErasureTests.MainlandId()), HttpStatusCode.NotFound, "person-not-found");
        await AssertRefusedAsync(await first.Organizer.GetAsync($"{first.EventPath}/competitors/C1/history"), HttpStatusCode.NotFound, "person-not-found");

        // Erasing the first contest's personal data removes its entry; its published results read the same.
        var results = await first.Organizer.GetByteArrayAsync($"{first.EventPath}/exports/results.csv");
        (await first.Organizer.PostAsync($"{first.EventPath}/personal-data/erasure", null)).EnsureSuccessStatusCode();
        var left = await (await LookUpAsync(second.Organizer, second.ContestId, _idNumber)).ReadAsync<PersonHistory>();
        Assert.Equal([second.ContestId], left.Entries.Select(e => e.ContestId));
        Assert.Equal(results, await first.Organizer.GetByteArrayAsync($"{first.EventPath}/exports/results.csv"));

        // With the last entry erased the person is gone.
        (await second.Organizer.PostAsync($"{second.EventPath}/personal-data/erasure", null)).EnsureSuccessStatusCode();
        await AssertRefusedAsync(await LookUpAsync(second.Organizer, second.ContestId, _idNumber), HttpStatusCode.NotFound, "person-not-found");
    }

    private static async Task RegisterAsync(TestContest contest, CompetitorEntry competitor) =>
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors", new[] { competitor })).EnsureSuccessStatusCode();

    private static async Task<List<CompetitorEntry>> RosterAsync(TestContest contest) =>
        await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath}/competitors", Json.Options) ?? [];

    private static Task<HttpResponseMessage> LookUpAsync(HttpClient client, string contestId, string idNumber) =>
        client.PostJsonAsync($"/api/contests/{contestId}/persons/lookup", new PersonLookupRequest(idNumber));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(code, problem!.Extensions["code"]!.ToString());
    }
}
