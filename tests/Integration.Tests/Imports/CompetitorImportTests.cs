using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competitions.Contracts.Events;
using Competitions.Domain.Imports;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Imports;

[Collection(ClusterCollection.Name)]
public sealed class CompetitorImportTests(CompetitionsFixture fixture)
{
    private const string Header = "赛项,编号,姓名,单位,代表队,身份证号,现等级\r\n";

    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_whole_then_imported_once_fixed_and_again_without_duplicates()
    {
        var contest = await CreateContestWithTwoEventsAsync();
        var url = $"/api/contests/{contest.ContestId}/imports/competitors";
        var bad = Header +
            "E1,C4,赵敏,Org-D,罗湖区,11010519491231002X,高级工\r\n" +
            "E2,C1,\"钱, 多\",Org-E,龙岗区,,\r\n" +
            "E1,C5,孙悟,Org-F,盐田区,110105194912310021,\r\n"; // row 4: wrong check digit

        var preview = await (await contest.Organizer.PostFileAsync($"{url}?commit=false", Encoding.UTF8.GetBytes(bad), "roster.csv")).ReadReportAsync();
        Assert.Equal(3, preview.RowCount);
        Assert.Equal(new Dictionary<string, int> { ["E1"] = 2, ["E2"] = 1 }, preview.ByEvent);
        Assert.Equal("1101**********002X", preview.Preview[0].IdNumber);
        Assert.Equal("钱, 多", preview.Preview[1].Name);
        Assert.Equal((4, "身份证号"), (preview.Errors.Single().Row, preview.Errors.Single().Column));

        var refused = await contest.Organizer.PostFileAsync($"{url}?commit=true", Encoding.UTF8.GetBytes(bad), "roster.csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = Assert.Single(await refused.ReadProblemErrorsAsync());
        Assert.Equal((4, "身份证号"), (error.Row, error.Column));
        Assert.Equal(["C1", "C2", "C3"], (await RosterAsync(contest, "E1")).Select(c => c.Id));
        Assert.Empty(await RosterAsync(contest, "E2"));

        var fixedFile = Encoding.UTF8.GetBytes(bad.Replace("110105194912310021", "440308199001011239", StringComparison.Ordinal)
            + "E1,C1,王伟（改）,Org-A,福田区,,\r\n");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var report = await (await contest.Organizer.PostFileAsync($"{url}?commit=true", fixedFile, "roster.csv")).ReadReportAsync();
            Assert.Empty(report.Errors);
        }

        var e1 = await RosterAsync(contest, "E1");
        Assert.Equal(["C1", "C2", "C3", "C4", "C5"], e1.Select(c => c.Id));
        Assert.Equal("4403**********1239", e1.Single(c => c.Id == "C5").IdNumber);
        Assert.Equal("高级工", e1.Single(c => c.Id == "C4").CurrentLevel);
        // C1 is replaced, not duplicated, and keeps the station and blind code he already had.
        Assert.Equal(("王伟（改）", 1, "K7Q2"), e1.Single(c => c.Id == "C1") is var c1 ? (c1.Name, c1.Station, c1.BlindCode) : default);
        Assert.Equal(["C1"], (await RosterAsync(contest, "E2")).Select(c => c.Id));
    }

    [Fact]
    public async Task An_xlsx_workbook_with_english_headers_and_numeric_cells_is_imported()
    {
        var contest = await CreateContestWithTwoEventsAsync();
        var workbook = Uploads.Xlsx(
        [
            new Dictionary<string, object?> { ["id"] = 1001, ["name"] = "周杰", ["event"] = "E2", ["organisation"] = "Org-X", ["delegation"] = "南山区", ["level"] = "中级工" },
            new Dictionary<string, object?> { ["id"] = 1002, ["name"] = "吴磊", ["event"] = "E2", ["organisation"] = "Org-Y", ["delegation"] = "南山区", ["level"] = null },
        ]);

        var report = await (await contest.Organizer.PostFileAsync(
            $"/api/contests/{contest.ContestId}/imports/competitors?commit=true", workbook, "roster.xlsx")).ReadReportAsync();

        Assert.Empty(report.Errors);
        Assert.Equal([2, 3], report.Preview.Select(r => r.Row));
        var roster = await RosterAsync(contest, "E2");
        Assert.Equal(["1001", "1002"], roster.Select(c => c.Id));
        Assert.Equal(("周杰", "中级工"), (roster[0].Name, roster[0].CurrentLevel));
    }

    [Fact]
    public async Task A_formula_or_a_control_character_in_a_free_text_cell_refuses_the_whole_file_by_row_and_column()
    {
        var contest = await CreateContestWithTwoEventsAsync();
        var url = $"/api/contests/{contest.ContestId}/imports/competitors?commit=true";
        var csv = Header +
            "E2,C7,\"=HYPERLINK(\"\"http://x\"\",\"\"周杰\"\")\",Org-X,南山区,,\r\n" +
            "E2,C8,吴磊,Org-Y,南山区,,\r\n";
        var workbook = Uploads.Xlsx(
        [
            new Dictionary<string, object?> { ["id"] = "C9", ["name"] = "郑爽", ["event"] = "E2", ["organisation"] = "Org\u0000Z", ["delegation"] = "南山区" },
        ]);

        var fromCsv = await contest.Organizer.PostFileAsync(url, Encoding.UTF8.GetBytes(csv), "roster.csv");
        var fromXlsx = await contest.Organizer.PostFileAsync(url, workbook, "roster.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, fromCsv.StatusCode);
        var formula = Assert.Single(await fromCsv.ReadProblemErrorsAsync());
        Assert.Equal((2, "姓名"), (formula.Row, formula.Column));
        Assert.Contains("formula", formula.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fromXlsx.StatusCode);
        var control = Assert.Single(await fromXlsx.ReadProblemErrorsAsync());
        Assert.Equal((2, "organisation"), (control.Row, control.Column));
        Assert.Empty(await RosterAsync(contest, "E2"));
    }

    [Fact]
    public async Task A_gbk_csv_from_excel_on_chinese_windows_is_imported()
    {
        var contest = await CreateContestWithTwoEventsAsync();
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var file = gbk.GetBytes("编号,姓名,单位,代表队,赛项\r\nG1,欧阳娜娜,深圳市第一职业技术学校,龙华区,E2\r\n");

        (await contest.Organizer.PostFileAsync($"/api/contests/{contest.ContestId}/imports/competitors?commit=true", file, "名单.csv")).EnsureSuccessStatusCode();

        var competitor = Assert.Single(await RosterAsync(contest, "E2"));
        Assert.Equal(("欧阳娜娜", "深圳市第一职业技术学校", "龙华区"), (competitor.Name, competitor.Organisation, competitor.Delegation));
    }

    [Fact]
    public async Task The_export_masks_ids_opens_in_excel_and_imports_again_keeping_the_stored_id_numbers()
    {
        var contest = await CreateContestWithTwoEventsAsync();
        var url = $"/api/contests/{contest.ContestId}/imports/competitors?commit=true";
        (await contest.Organizer.PostFileAsync(url, Encoding.UTF8.GetBytes(Header + "E2,C9,\"郑 \"\"小\"\" 强\",Org-Z,光明区,440308199001011239,技师\r\n"), "a.csv"))
            .EnsureSuccessStatusCode();

        var csv = await contest.Organizer.GetByteArrayAsync($"/api/contests/{contest.ContestId}/exports/competitors.csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        Assert.Contains("E2,C9,\"郑 \"\"小\"\" 强\",Org-Z,光明区,4403**********1239,技师", text, StringComparison.Ordinal);
        Assert.DoesNotContain("440308199001011239", text, StringComparison.Ordinal);

        (await contest.Organizer.PostFileAsync(url, csv, "export.csv")).EnsureSuccessStatusCode();
        var xlsx = await contest.Organizer.GetByteArrayAsync($"/api/contests/{contest.ContestId}/exports/competitors.xlsx");
        var again = await (await contest.Organizer.PostFileAsync(url.Replace("true", "false", StringComparison.Ordinal), xlsx, "export.xlsx")).ReadReportAsync();
        Assert.Empty(again.Errors);
        Assert.Equal(4, again.RowCount);

        // Still the stored (valid) number behind the mask, not the stars.
        var drawn = await fixture.Grains.GetGrain<IEventGrain>($"{contest.ContestId}/E2").GetRoster();
        Assert.Equal("440308199001011239", drawn.Single().IdNumber);
    }

    [Fact]
    public async Task Judges_are_imported_and_listed()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var url = $"/api/contests/{contest.ContestId}/imports/judges?commit=true";
        var bad = await contest.Organizer.PostFileAsync(url, Encoding.UTF8.GetBytes("id,name,organisation\nJ9,评委九,\n"), "judges.csv");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal((2, "organisation"), (await bad.ReadProblemErrorsAsync()) is [var e] ? (e.Row, e.Column) : default);

        (await contest.Organizer.PostFileAsync(url, Encoding.UTF8.GetBytes("编号,姓名,单位\nJ9,评委九,Org-9\nJ1,评委一（改）,Org-J1\n"), "judges.csv")).EnsureSuccessStatusCode();

        var judges = (await contest.Organizer.GetFromJsonAsync<List<Contracts.Judges.JudgeProfile>>($"/api/contests/{contest.ContestId}/judges", Json.Options))!;
        Assert.Equal(["CHIEF", "J1", "J2", "J3", "J4", "J5", "J9"], judges.Select(j => j.Id));
        Assert.Equal("评委一（改）", judges.Single(j => j.Id == "J1").Name);
    }

    [Fact]
    public async Task Files_that_are_not_rosters_are_refused_with_a_problem()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var url = $"/api/contests/{contest.ContestId}/imports/competitors?commit=false";
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("notes.txt").OpenAsync();
            await entry.WriteAsync("not a workbook"u8.ToArray());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await contest.Organizer.PostFileAsync(url, zip.ToArray(), "roster.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await contest.Organizer.PostFileAsync(url, [0x50, 0x4B, 0x03, 0x04, 0x00], "roster.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await contest.Organizer.PostFileAsync(url, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "roster.xls")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await contest.Organizer.PostAsync(url, new StringContent("赛项,编号"))).StatusCode);
        var empty = await (await contest.Organizer.PostFileAsync(url, [], "empty.csv")).ReadReportAsync();
        Assert.Equal((1, "The file is empty."), empty.Errors is [var e] ? (e.Row, e.Message) : default);
    }

    [Fact]
    public async Task Imports_and_exports_are_for_organizers_only()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var anonymous = fixture.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostFileAsync($"/api/contests/{contest.ContestId}/imports/competitors", [], "a.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/contests/{contest.ContestId}/exports/competitors.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/contests/{contest.ContestId}/judges")).StatusCode);
    }

    private async Task<TestContest> CreateContestWithTwoEventsAsync()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        await (await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E2", new EventDefinition("E2", "钳工", "实训楼A")))
            .ReadAsync<EventView>();
        return contest;
    }

    private static async Task<List<CompetitorEntry>> RosterAsync(TestContest contest, string eventCode) =>
        (await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"/api/contests/{contest.ContestId}/events/{eventCode}/competitors", Json.Options))!;
}
