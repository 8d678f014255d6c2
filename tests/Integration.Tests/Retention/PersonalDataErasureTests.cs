using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Imports;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Competitions.Integration.Tests.Retention;

[Collection(ClusterCollection.Name)]
public sealed class PersonalDataErasureTests(CompetitionsFixture fixture)
{
    // Two mainland IDs and a Hong Kong identity card number, new for each run: other tests' rosters in the shared
    // database must not be what the storage search finds.
    private readonly Dictionary<string, string> IdNumbers = new()
    {
        ["C1"] = MainlandId(),
        ["C2"] = MainlandId(),
        ["C3"] = $"H{Random.Shared.Next(100000, 999999)}({Random.Shared.Next(10)})",
    };

    [Fact]
    public async Task Erased_id_numbers_are_gone_from_the_api_the_roster_export_and_grain_storage_while_ledger_board_and_results_stay()
    {
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 0m, beforeMarking: async c =>
        {
            // Entered as organizers do, from the roster file, while marking runs.
            var file = "赛项,编号,姓名,单位,代表队,身份证号\r\n" + string.Concat(
                new[] { ("C1", "王伟", "Org-A", "福田区"), ("C2", "李娜", "Org-B", "南山区"), ("C3", "张强", "Org-C", "宝安区") }
                    .Select(r => $"E1,{r.Item1},{r.Item2},{r.Item3},{r.Item4},{IdNumbers[r.Item1]}\r\n"));
            (await c.Organizer.PostFileAsync($"/api/contests/{c.ContestId}/imports/competitors?commit=true", Encoding.UTF8.GetBytes(file), "roster.csv"))
                .EnsureSuccessStatusCode();
            // Not while the results can still be questioned.
            await AssertRefusedAsync(await c.Organizer.PostAsync($"{c.EventPath}/personal-data/erasure", null), HttpStatusCode.Conflict, "erasure-too-early");
        });
        var erasure = $"{contest.EventPath}/personal-data/erasure";
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";

        // The numbers are really there before, in every place this test then finds them gone from.
        Assert.Equal(
            IdNumbers.OrderBy(p => p.Key).Select(p => Domain.Competitors.IdNumber.Mask(p.Value)),
            (await RosterAsync(contest)).Select(c => c.IdNumber));
        Assert.Equal(3, await StoredCopiesAsync());
        Assert.Contains(Domain.Competitors.IdNumber.Mask(IdNumbers["C1"])!, await RosterExportAsync(contest), StringComparison.Ordinal);
        var board = await BoardAsync(contest);
        var results = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.csv");
        var sheets = await SheetsAsync(contest);
        var ledgerBefore = await contest.Organizer.GetStringAsync($"{contest.EventPath}/exports/ledger.csv");

        // Judges, and organizers of another contest, may not erase.
        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        await AssertRefusedAsync(await chief.PostAsync(erasure, null), HttpStatusCode.Forbidden, "forbidden");
        using var stranger = await fixture.CreateConsoleClientAsync(false, "some-other-contest");
        await AssertRefusedAsync(await stranger.PostAsync(erasure, null), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(3, await StoredCopiesAsync());

        var erased = await (await contest.Organizer.PostAsync(erasure, null)).ReadAsync<PersonalDataErasure>();

        Assert.Equal((3, "id-number"), (erased.Competitors, Assert.Single(erased.Fields)));
        Assert.All(await RosterAsync(contest), c => Assert.Null(c.IdNumber));
        Assert.Equal(0, await StoredCopiesAsync());
        var export = await RosterExportAsync(contest);
        Assert.All(IdNumbers.Values, n => Assert.DoesNotContain(Domain.Competitors.IdNumber.Mask(n)!, export, StringComparison.Ordinal));

        // The ledger: one more row in the event's own stream, saying what and how many, never the numbers; every chain verifies.
        var ledger = await contest.Organizer.GetStringAsync($"{contest.EventPath}/exports/ledger.csv");
        var verified = LedgerVerification.Verify(new StringReader(ledger.TrimStart('\uFEFF')));
        Assert.True(verified.IsIntact, string.Join(Environment.NewLine, verified.Problems));
        Assert.Equal(LedgerVerification.Verify(new StringReader(ledgerBefore.TrimStart('\uFEFF'))).Rows + 1, verified.Rows);
        Assert.Empty(ledgerBefore.TrimStart('\uFEFF').Split('\n').Except(ledger.TrimStart('\uFEFF').Split('\n')));
        Assert.Equal(
            ($"event:{eventKey}", LedgerKinds.PersonalDataErased, "3", "erased id-number of 3 competitors", "organizer"),
            (await Column("stream"), await Column("kind"), await Column("value::int::text"), await Column("reason"), await Column("actor_id")));
        Assert.All(IdNumbers.Values, n => Assert.DoesNotContain(n, ledger, StringComparison.Ordinal));

        // Results, board and sheets as published.
        Assert.Equal(board, await BoardAsync(contest));
        Assert.Equal(results, await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.csv"));
        Assert.Equal(sheets, await SheetsAsync(contest));

        // Again: the same recorded erasure, nothing stored twice.
        var rows = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key = '{eventKey}'");
        var again = await (await contest.Organizer.PostAsync(erasure, null)).ReadAsync<PersonalDataErasure>();
        // The record's list compares by reference: fields are compared apart.
        Assert.Equal(erased with { Fields = [] }, again with { Fields = [] });
        Assert.Equal(erased.Fields, again.Fields);
        Assert.Equal(rows, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key = '{eventKey}'"));
        Assert.Equal(0, await StoredCopiesAsync());

        Task<string> Column(string column) =>
            fixture.Database.ScalarAsync<string>($"SELECT {column} FROM ledger_entries WHERE entry_id = '{erased.EntryId}'");
    }

    /// <summary>How many of the test's ID numbers the raw grain storage rows hold, as the bytes the serializer writes (UTF-8).</summary>
    private async Task<long> StoredCopiesAsync()
    {
        long found = 0;
        foreach (var number in IdNumbers.Values)
        {
            found += await fixture.Database.ScalarAsync<long>(
                $"SELECT count(*) FROM orleans_storage WHERE position('\\x{Convert.ToHexString(Encoding.UTF8.GetBytes(number))}'::bytea IN payload) > 0");
        }

        return found;
    }

    /// <summary>17 random digits and their ISO 7064 MOD 11-2 check character, as GB 11643 computes it.</summary>
    internal static string MainlandId()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var digits = string.Concat(Enumerable.Range(0, 17).Select(i => i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(10)));
        var sum = digits.Select((d, i) => (d - '0') * weights[i]).Sum();
        return digits + "10X98765432"[sum % 11];
    }

    private static async Task<List<CompetitorEntry>> RosterAsync(TestContest contest) =>
        await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath}/competitors", Json.Options) ?? [];

    private static Task<string> RosterExportAsync(TestContest contest) =>
        contest.Organizer.GetStringAsync($"/api/contests/{contest.ContestId}/exports/competitors.csv");

    private static async Task<string> BoardAsync(TestContest contest) =>
        JsonSerializer.Serialize((await contest.LeaderboardAsync()).Rows, Json.Options);

    private async Task<string> SheetsAsync(TestContest contest)
    {
        var sheets = new List<object>();
        foreach (var competitor in IdNumbers.Keys)
        {
            sheets.Add(await contest.SheetAsync(competitor));
        }

        return JsonSerializer.Serialize(sheets, Json.Options);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(code, problem!.Extensions["code"]!.ToString());
    }
}
