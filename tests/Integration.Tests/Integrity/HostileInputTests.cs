using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competitions.Integration.Tests.Integrity;

/// <summary>
/// Input a careless or hostile client sends: each is refused with a 400-class problem naming its code, never stored,
/// never answered with a 503 that invites an endless retry.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HostileInputTests(CompetitionsFixture fixture)
{
    [Theory]
    [InlineData("0.00001", "1")]          // a mark of 0.00003 would be acknowledged and stored as 0
    [InlineData("1", "1000000000")]       // a mark of 5e8 would overflow numeric(12,4): a 503 for ever
    public async Task A_scheme_whose_steps_or_maxima_the_ledger_cannot_hold_is_refused(string step, string max)
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var scheme = new MarkingSchemeDefinition([new CriterionDefinition("A", "尺寸", [
            new AspectDefinition("A1", "外圆", AspectKind.Measurement, decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture))])]);

        var response = await contest.Organizer.PutJsonAsync($"{contest.EventPath}/scheme", scheme);

        await AssertProblem(response, HttpStatusCode.BadRequest, "scheme-invalid");
    }

    [Theory]
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":"3"}""")]            // a number as a string
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":1e-400}""")]          // silently 0
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":1e40}""")]            // beyond any decimal
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":3,"deviceId":"tab\u0000let"}""")]
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":3,"deviceId":"a\u001fb"}""")]
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":3,"deviceId":"lone \ud800 surrogate"}""")]
    [InlineData("""{"markId":"{id}","aspectId":"A1","value":3,"deviceId":"x","extra":{"deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}""")]
    public async Task Loosely_typed_or_poisoned_marks_are_refused_and_nothing_is_stored(string body)
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));

        var response = await PostRawAsync(tablet, $"{contest.EventPath}/competitors/C2/marks", body.Replace("{id}", Guid.NewGuid().ToString()));

        await AssertProblem(response, HttpStatusCode.BadRequest, "request-invalid");
        Assert.Empty(await contest.LedgerAsync("C2"));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000", 3.5, "tablet-1", "entry-id-empty")]
    [InlineData(null, 0.00003, "tablet-1", "value-unstorable")]
    [InlineData(null, 3.5, "=cmd|' /C calc'!A0", "text-formula")]
    public async Task Marks_the_ledger_must_not_take_are_refused_by_the_sheet(string? markId, double value, string deviceId, string code)
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));

        var response = await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks",
            new MarkRequest(markId is null ? Guid.NewGuid() : Guid.Parse(markId), "A1", (decimal)value, DeviceId: deviceId));

        await AssertProblem(response, HttpStatusCode.BadRequest, code);
        Assert.Empty(await contest.LedgerAsync("C2"));
        // The refused all-zero id blocks nothing: a real mark for the same aspect is still taken.
        (await contest.MarkAsync("C2", "J1", "A1", 3.5m)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_poisoned_mark_in_an_outbox_batch_fails_alone_and_the_valid_marks_of_the_same_sheet_are_stored()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));
        BatchMark[] marks =
        [
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A1", 3.5m, DeviceId: "tablet-1"),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A2", 2m, DeviceId: "tab\0let"),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "B1", 0.00003m, DeviceId: "tablet-1"),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "B1", 3m, DeviceId: "tablet-1"),
        ];

        var answer = await (await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(marks))).ReadAsync<MarkBatchResponse>();

        Assert.Equal([200, 400, 400, 200], answer.Outcomes.Select(o => o.Status));
        Assert.Equal(["text-control-character", "value-unstorable"], answer.Outcomes.Where(o => o.Status == 400).Select(o => o.Code));
        Assert.Equal([("A1", 3.5m), ("B1", 3m)], (await contest.LedgerAsync("C2")).Select(e => (e.AspectId!, e.Value!.Value)));
    }

    [Fact]
    public async Task Oversized_bodies_and_text_are_refused_before_they_are_stored()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));

        var tenMegabytes = await PostRawAsync(tablet, $"{contest.EventPath}/competitors/C2/marks",
            $$"""{"markId":"{{Guid.NewGuid()}}","aspectId":"A1","value":3.5,"deviceId":"{{new string('d', 10_000_000)}}"}""");
        var longDeviceId = await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks",
            new MarkRequest(Guid.NewGuid(), "A1", 3.5m, DeviceId: new string('d', 5_000)));
        var longName = await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/judges/J9", new JudgeRequest(new string('名', 50_000), "Org"));

        await AssertProblem(tenMegabytes, HttpStatusCode.RequestEntityTooLarge, "request-too-large");
        await AssertProblem(longDeviceId, HttpStatusCode.BadRequest, "text-too-long");
        await AssertProblem(longName, HttpStatusCode.BadRequest, "request-invalid");
        Assert.Empty(await contest.LedgerAsync("C2"));
    }

    [Theory]
    [InlineData("""{"mode":99}""")]
    [InlineData("""{"mode":2}""")]
    [InlineData("""{"mode":"Everything"}""")]
    public async Task Enum_numbers_and_unknown_names_are_refused_and_never_lift_an_embargo(string body)
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Hidden))).EnsureSuccessStatusCode();

        var response = await PostRawAsync(contest.Organizer, $"{contest.EventPath}/public-board", body);

        await AssertProblem(response, HttpStatusCode.BadRequest, "request-invalid");
        var board = await fixture.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard");
        Assert.Equal("Hidden", board.GetProperty("publicBoard").GetString());
    }

    [Fact]
    public async Task An_aspect_kind_or_aggregation_given_as_a_number_is_refused()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);

        var response = await PostRawAsync(contest.Organizer, $"{contest.EventPath}/scheme",
            """{"criteria":[{"id":"A","title":"尺寸","aspects":[{"id":"A1","title":"外圆","kind":9,"maxMark":4,"step":0.5,"aggregation":8}]}]}""", HttpMethod.Put);

        await AssertProblem(response, HttpStatusCode.BadRequest, "request-invalid");
    }

    [Fact]
    public async Task An_address_whose_id_cannot_be_an_id_is_a_400_not_a_503()
    {
        var contest = await TestContest.CreateAsync(fixture);

        var response = await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}/events/{new string('E', 65)}/leaderboard");
        var spaced = await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}/events/E%201/competitors/C1/scoresheet");

        await AssertProblem(response, HttpStatusCode.BadRequest, "invalid-id");
        await AssertProblem(spaced, HttpStatusCode.BadRequest, "invalid-id");
    }

    [Theory]
    [InlineData("E 1")]
    [InlineData("E\u00001")]
    public async Task The_public_hub_refuses_an_event_code_that_no_event_can_have(string eventCode)
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var viewer = new HubConnectionBuilder().WithUrl(new Uri(fixture.BaseAddress, "/hubs/live")).Build();
        await viewer.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<JsonElement>("WatchPublicBoard", contest.ContestId, eventCode));
        await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<JsonElement>("WatchPublicBoard", new string('c', 5000), TestContest.EventCode));
        // The connection stays usable for a proper request.
        var board = await viewer.InvokeAsync<JsonElement>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);
        Assert.Equal(3, board.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task The_public_hub_refuses_a_contest_id_that_no_contest_can_have_and_one_that_does_not_exist()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var viewer = new HubConnectionBuilder().WithUrl(new Uri(fixture.BaseAddress, "/hubs/live")).Build();
        await viewer.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<JsonElement>("WatchContest", new string('c', 5000)));
        await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<JsonElement>("WatchContest", "t 1"));
        await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<JsonElement>("WatchContest", $"x{Guid.NewGuid():N}"[..12]));
        var view = await viewer.InvokeAsync<JsonElement>("WatchContest", contest.ContestId);
        Assert.Equal(TestContest.EventCode, view.GetProperty("events")[0].GetProperty("eventCode").GetString());
    }

    [Fact]
    public async Task A_workbook_that_inflates_like_a_bomb_is_refused_before_it_is_read()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                await part.WriteAsync(zeros);
            }
        }

        using var form = new MultipartFormDataContent { { new ByteArrayContent(bomb.ToArray()), "file", "roster.xlsx" } };
        var response = await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/imports/competitors", form);

        Assert.True(bomb.Length < 200_000, $"the test's bomb is {bomb.Length} bytes");
        await AssertProblem(response, HttpStatusCode.BadRequest, "import-file");
    }

    [Fact]
    public async Task A_lock_refusal_counts_missing_theory_scores_apart_from_marks_and_disputes()
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
        }

        await contest.RecordTheoryAsync("C1", 80m);

        var response = await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked);

        var problem = await AssertProblem(response, HttpStatusCode.Conflict, "event-incomplete");
        Assert.Equal(2, problem.GetProperty("incompleteSheets").GetInt32());
        Assert.Equal(2, problem.GetProperty("missingTheory").GetInt32());
        Assert.Equal(0, problem.GetProperty("missingMarks").GetInt32());
        Assert.Equal(0, problem.GetProperty("openDisputes").GetInt32());
        Assert.Contains("2 theory scores missing", problem.GetProperty("detail").GetString());
    }

    /// <summary>Sends JSON as written; the client waits for "100 Continue", so a body refused for its size is never sent.</summary>
    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string url, string json, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.TryGetProperty("code", out var actual), body);
        Assert.Equal(code, actual.GetString());
        return problem;
    }
}
