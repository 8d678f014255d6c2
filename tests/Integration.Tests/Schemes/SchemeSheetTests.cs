using System.Net;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Integration.Tests.Imports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Competitions.Web.Imports;
using MiniExcelLibs;

namespace Competitions.Integration.Tests.Schemes;

[Collection(ClusterCollection.Name)]
public sealed class SchemeSheetTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task An_exported_scheme_imports_into_another_event_unchanged()
    {
        var contest = await CreateContestWithEmptySecondEventAsync();
        var xlsx = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/scheme.xlsx");

        // Numbers are numeric cells, so a spreadsheet can sum the max marks.
        using (var sheet = new MemoryStream(xlsx))
        {
            var rows = MiniExcel.Query(sheet, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(["A1", "A2", "B1"], rows.Select(r => r["评分项"]));
            Assert.Equal(20d, rows.Sum(r => Assert.IsType<double>(r["满分"])));
            Assert.Equal(["测量", "评价", "评价"], rows.Select(r => r["类型"]));
            Assert.Equal("去高低", rows[2]["汇总"]);
        }

        var preview = await (await contest.Organizer.PostFileAsync($"{SecondEventPath(contest)}/scheme.xlsx", xlsx, "scheme.xlsx")).ReadAsync<SchemeImportReport>();
        Assert.Empty(preview.Errors);
        Assert.Equal(20m, preview.Total);
        Assert.Empty((await SecondEventAsync(contest)).Scheme.Criteria);

        var report = await (await contest.Organizer.PostFileAsync($"{SecondEventPath(contest)}/scheme.xlsx?commit=true", xlsx, "scheme.xlsx")).ReadAsync<SchemeImportReport>();
        Assert.Empty(report.Errors);

        var original = await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>();
        Assert.Equal(Serialized(original.Scheme), Serialized((await SecondEventAsync(contest)).Scheme));
    }

    [Fact]
    public async Task A_sheet_with_bad_max_marks_is_refused_with_rows_and_columns_and_changes_nothing()
    {
        var contest = await CreateContestWithEmptySecondEventAsync();
        var workbook = Uploads.Xlsx(
        [
            Row("A", "A1", "外圆", "测量", 4),
            Row("A", "A2", "工艺", "评价", "six"),
            Row("B", "B1", "粗糙度", "Judgement", -2),
        ]);

        var refused = await contest.Organizer.PostFileAsync($"{SecondEventPath(contest)}/scheme.xlsx?commit=true", workbook, "scheme.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await refused.ReadProblemErrorsAsync();
        Assert.Equal([(3, "满分"), (4, "满分")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("'six' is not a number", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("B1", errors[1].Message, StringComparison.Ordinal);
        Assert.Empty((await SecondEventAsync(contest)).Scheme.Criteria);
    }

    [Fact]
    public async Task Once_marking_has_started_the_scheme_cannot_be_replaced_by_a_sheet()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var workbook = Uploads.Xlsx([Row("A", "A1", "外圆", "测量", 4)]);

        var refused = await contest.Organizer.PostFileAsync($"{contest.EventPath}/scheme.xlsx?commit=true", workbook, "scheme.xlsx");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var view = await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>();
        Assert.Equal(["A", "B"], view.Scheme.Criteria.Select(c => c.Id));
    }

    [Fact]
    public async Task Judges_and_organizers_of_other_contests_cannot_read_or_replace_a_scheme()
    {
        var contest = await CreateContestWithEmptySecondEventAsync();
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J1/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();
        var session = await (await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(code.Code))).ReadAsync<SessionResponse>();
        var judge = fixture.CreateClient(session.Token);
        var otherOrganizer = await fixture.CreateConsoleClientAsync(administrator: false, "some-other-contest");
        var workbook = Uploads.Xlsx([Row("A", "A1", "外圆", "测量", 4)]);

        foreach (var client in new[] { judge, otherOrganizer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{contest.EventPath}/scheme.xlsx")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFileAsync($"{SecondEventPath(contest)}/scheme.xlsx?commit=true", workbook, "scheme.xlsx")).StatusCode);
        }

        Assert.Empty((await SecondEventAsync(contest)).Scheme.Criteria);
    }

    private static Dictionary<string, object?> Row(string criterion, string aspect, string title, string kind, object max) => new()
    {
        ["模块"] = criterion,
        ["评分项"] = aspect,
        ["评分项名称"] = title,
        ["类型"] = kind,
        ["满分"] = max,
    };

    private async Task<TestContest> CreateContestWithEmptySecondEventAsync()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        await (await contest.Organizer.PutJsonAsync(SecondEventPath(contest), new EventDefinition("E2", "钳工", "实训楼A"))).ReadAsync<EventView>();
        return contest;
    }

    private static string SecondEventPath(TestContest contest) => $"/api/contests/{contest.ContestId}/events/E2";

    private static async Task<EventView> SecondEventAsync(TestContest contest) =>
        await (await contest.Organizer.GetAsync(SecondEventPath(contest))).ReadAsync<EventView>();

    private static string Serialized(MarkingSchemeDefinition scheme) => JsonSerializer.Serialize(scheme, Json.Options);
}
