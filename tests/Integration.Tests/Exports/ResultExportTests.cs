using System.Globalization;
using System.Net;
using System.Text;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Csv;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Exports;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Competitions.Integration.Tests.Exports;

[Collection(ClusterCollection.Name)]
public sealed class ResultExportTests(CompetitionsFixture fixture)
{
    private static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>How docs/api.md promises a CSV score: two decimals, invariant culture (the board holds no more).</summary>
    private static string TwoDecimals(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task Xlsx_results_and_a_pdf_score_sheet_match_the_leaderboard_to_the_last_decimal()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var board = await contest.LeaderboardAsync();
        Assert.Equal(3, board.Rows.Count);
        Assert.Contains(board.Rows, r => r.Total != decimal.Truncate(r.Total));

        var xlsx = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.xlsx");
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: TestContest.EventCode)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(board.Rows.Count, rows.Count);
        foreach (var (expected, actual) in board.Rows.Zip(rows))
        {
            Assert.Equal(expected.Rank, Convert.ToInt32(actual["rank"], CultureInfo.InvariantCulture));
            Assert.Equal(expected.CompetitorId, actual["competitor_id"]);
            Assert.Equal(expected.Name, actual["name"]);
            Assert.Equal(expected.Delegation, actual["delegation"]);
            Assert.Equal(expected.Theory, Convert.ToDecimal(actual["theory"], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Practical, Convert.ToDecimal(actual["practical"], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Total, Convert.ToDecimal(actual["total"], CultureInfo.InvariantCulture));
            Assert.Equal(AwardLabels.Of(expected.Award), actual["award"] as string ?? string.Empty);
        }

        Assert.Contains(rows, r => (string?)r["name"] == "王伟");

        var c1 = board.Rows.Single(r => r.CompetitorId == "C1");
        var sheet = await contest.SheetAsync("C1");
        var text = PdfText(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/scoresheets/C1.pdf"));
        Assert.Contains("王伟", text, StringComparison.Ordinal);
        Assert.Contains("测试大赛", text, StringComparison.Ordinal);
        Assert.Contains("车工（职工组）", text, StringComparison.Ordinal);
        // Each figure is followed by the next label, so a shortened or re-rounded figure cannot pass.
        Assert.Contains($"Total{Invariant(c1.Total)}名次", text, StringComparison.Ordinal);
        Assert.Contains($"weight 70%){Invariant(c1.Practical)}理论", text, StringComparison.Ordinal);
        Assert.Contains($"weight 30%){Invariant(c1.Theory)}总成绩", text, StringComparison.Ordinal);
        Assert.Contains($"Rank{c1.Rank}奖项", text, StringComparison.Ordinal);
        Assert.Contains($"Award{AwardLabels.Of(c1.Award)}", text, StringComparison.Ordinal);
        Assert.Contains($"A 小计 Subtotal10{Invariant(sheet.CriterionScores["A"])}B  表面质量", text, StringComparison.Ordinal);
        // J1 marked B1 with 3; J2 is recused from C1, so the sheet has no mark of his but every other judge signs.
        Assert.Contains("J1: 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("J2: ", text, StringComparison.Ordinal);
        Assert.Contains("评委J5 (J5)签名", text, StringComparison.Ordinal);
        Assert.Contains("评委J2 (J2)回避", text, StringComparison.Ordinal);
        Assert.Contains("评委CHIEF (CHIEF)签名", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_score_sheets_come_in_leaderboard_order_one_competitor_per_page()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var board = await contest.LeaderboardAsync();

        using var document = PdfDocument.Open(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/scoresheets.pdf"));

        var firstPages = document.GetPages().Where(p => p.Text.Contains("选手编号", StringComparison.Ordinal)).ToList();
        Assert.Equal(board.Rows.Select(r => r.Name), firstPages.Select(p => board.Rows.Single(r => p.Text.Contains(r.Name, StringComparison.Ordinal)).Name));
    }

    [Fact]
    public async Task Certificates_have_one_landscape_page_per_awarded_competitor_with_name_and_award()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var awarded = (await contest.LeaderboardAsync()).Rows.Where(r => r.Award != AwardBand.None).ToList();
        Assert.Equal(3, awarded.Count);

        using var document = PdfDocument.Open(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/certificates.pdf"));

        var pages = document.GetPages().ToList();
        Assert.Equal(awarded.Count, pages.Count);
        foreach (var (row, page) in awarded.Zip(pages))
        {
            Assert.True(page.Width > page.Height, "A certificate is landscape.");
            Assert.Contains(row.Name, page.Text, StringComparison.Ordinal);
            Assert.Contains(AwardLabels.Of(row.Award), page.Text, StringComparison.Ordinal);
            Assert.Contains("测试大赛", page.Text, StringComparison.Ordinal);
            Assert.Contains("2026年10月14日", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Csv_results_are_utf8_with_bom_exact_figures_and_blind_codes_when_names_are_private()
    {
        var contest = await PublishedContest.CreateAsync(fixture, publicNames: false);
        var board = await contest.LeaderboardAsync();

        var bytes = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.csv");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = CsvFile.Read(new StringReader(Encoding.UTF8.GetString(bytes))).Select(r => r.Fields).ToList();
        Assert.Equal(ResultsCsv.Columns, records[0]);
        Assert.Equal(board.Rows.Select(Expected), records.Skip(1).Select(r => string.Join('|', r)));
        Assert.DoesNotContain(records.Skip(1), r => r.Contains("王伟"));
        Assert.Contains(records.Skip(1), r => r.Contains("K7Q2"));

        var contestCsv = Encoding.UTF8.GetString(await contest.Organizer.GetByteArrayAsync($"/api/contests/{contest.ContestId}/exports/results.csv"));
        var contestRecords = CsvFile.Read(new StringReader(contestCsv)).Select(r => r.Fields).ToList();
        Assert.Equal(["event", .. ResultsCsv.Columns], contestRecords[0]);
        Assert.Equal(board.Rows.Select(r => $"{TestContest.EventCode}|{Expected(r)}"), contestRecords.Skip(1).Select(r => string.Join('|', r)));

        var contestXlsx = await contest.Organizer.GetByteArrayAsync($"/api/contests/{contest.ContestId}/exports/results.xlsx");
        Assert.Equal([TestContest.EventCode], new MemoryStream(contestXlsx).GetSheetNames());
        Assert.Equal(board.Rows.Select(r => r.BlindCode), new MemoryStream(contestXlsx).Query(useHeaderRow: true, sheetName: TestContest.EventCode)
            .Cast<IDictionary<string, object?>>().Select(r => r["name"] as string));

        static string Expected(LeaderboardRow r) => string.Join('|',
            r.Rank.ToString(CultureInfo.InvariantCulture), r.CompetitorId, r.BlindCode, r.Organisation, r.Delegation,
            TwoDecimals(r.Theory), TwoDecimals(r.Practical), TwoDecimals(r.Total), AwardLabels.Of(r.Award), r.Title, r.PromotedTo,
            // A contest's lines leave the assessment columns empty.
            r.Standardised?.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, string.Empty);
    }

    [Fact]
    public async Task Every_score_in_the_event_and_contest_csv_has_two_decimals_whatever_scale_it_was_computed_with()
    {
        // Theory 95 is held as 95, practical 100 as 100: both must still read with two decimals.
        var contest = await PublishedContest.CreateAsync(fixture);

        foreach (var path in new[] { $"{contest.EventPath}/exports/results.csv", $"/api/contests/{contest.ContestId}/exports/results.csv" })
        {
            var records = CsvFile.Read(new StringReader(Encoding.UTF8.GetString(await contest.Organizer.GetByteArrayAsync(path)))).Select(r => r.Fields).ToList();
            var header = records[0];
            foreach (var column in new[] { "theory", "practical", "total" })
            {
                var index = header.ToList().IndexOf(column);
                Assert.All(records.Skip(1), r => Assert.Matches(@"^\d+\.\d{2}$", r[index]));
            }
        }
    }

    [Fact]
    public async Task A_missing_pdf_font_gives_a_problem_naming_the_file_and_its_package()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        await using var host = fixture.CreateWebHost(("Exports:CjkFontPath", "/nonexistent/fonts/cjk.ttf"));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.OrganizerKey);

        var response = await client.GetAsync($"{contest.EventPath}/exports/certificates.pdf");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("/nonexistent/fonts/cjk.ttf", problem, StringComparison.Ordinal);
        Assert.Contains("fonts-droid-fallback", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_of_an_event_still_being_marked_are_refused_and_an_unknown_event_is_not_found()
    {
        var contest = await TestContest.CreateAsync(fixture);

        var response = await contest.Organizer.GetAsync($"{contest.EventPath}/exports/results.csv");
        var unknown = await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}/events/NOPE/exports/ledger.csv");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("event-not-final", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
