using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;

namespace Competitions.Benchmark;

/// <summary>
/// Times a roster import through the API: a fresh contest with N events, M competitors in one .xlsx (or --files F of
/// whole events each, for rosters above a file's 50,000 rows), then the preview (read and check only) and the commit
/// (check, then one RegisterCompetitors per event, in parallel).
/// </summary>
public static class ImportBenchmark
{
    public static async Task<List<(string Measure, string Value)>> RunAsync(HttpClient organizer, int eventCount, int competitors, int files)
    {
        var rows = new List<(string Measure, string Value)>();
        var contestId = string.Create(CultureInfo.InvariantCulture, $"import-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}");
        (await organizer.PostAsJsonAsync("/api/contests", new ContestDefinition(
            contestId, "导入基准赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["实训楼A"]), Http.Json)).EnsureSuccessStatusCode();
        var codes = Enumerable.Range(1, eventCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"E{i:D3}")).ToList();
        // A year's 1,296 definitions at once queue on the contest grain past the 10 s call timeout (503), so 16 at a time.
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (code, cancel) => (await organizer.PutAsJsonAsync(
            $"/api/contests/{contestId}/events/{code}", new EventDefinition(code, $"赛项{code}", "实训楼A"), Http.Json, cancel)).EnsureSuccessStatusCode());

        // A file holds at most ImportTable.MaxDataRows rows, so a larger roster goes as several files of whole events.
        var chunks = codes.Chunk((codes.Count + files - 1) / files).ToList();
        var building = Stopwatch.StartNew();
        var workbooks = chunks.Select((chunk, k) => (Rows: Share(competitors, chunks.Count, k), Bytes: RosterWorkbook.Build(chunk, Share(competitors, chunks.Count, k)))).ToList();
        rows.Add(("roster workbook", $"{competitors:N0} competitors over {eventCount} events in {chunks.Count} .xlsx of {workbooks.Sum(w => w.Bytes.Length) / 1024.0:N0} KiB (built in {building.Elapsed.TotalSeconds:F1} s)"));

        var url = $"/api/contests/{contestId}/imports/competitors";
        rows.Add(("preview (commit=false)", await TimeAsync(organizer, $"{url}?commit=false", workbooks)));
        rows.Add(("commit (commit=true), empty events", await TimeAsync(organizer, $"{url}?commit=true", workbooks)));
        rows.Add(("commit again (every competitor replaced)", await TimeAsync(organizer, $"{url}?commit=true", workbooks)));

        var entered = 0;
        foreach (var code in codes)
        {
            entered += (await organizer.GetFromJsonAsync<EventView>($"/api/contests/{contestId}/events/{code}", Http.Json))!.CompetitorCount;
        }

        rows.Add(("competitors entered afterwards", $"{entered:N0}"));
        if (entered != competitors)
        {
            throw new InvalidOperationException($"Expected {competitors} competitors, found {entered}.");
        }

        return rows;
    }

    private static int Share(int total, int parts, int k) => (int)(((long)total * (k + 1) / parts) - ((long)total * k / parts));

    /// <summary>The files one after another, as an organizer uploads them; their total time and rows a second.</summary>
    private static async Task<string> TimeAsync(HttpClient organizer, string url, List<(int Rows, byte[] Bytes)> workbooks)
    {
        var total = TimeSpan.Zero;
        foreach (var (expectedRows, workbook) in workbooks)
        {
            total += await TimeOneAsync(organizer, url, workbook, expectedRows);
        }

        var rowCount = workbooks.Sum(w => w.Rows);
        return $"{total.TotalSeconds:F2} s ({rowCount / total.TotalSeconds:N0} rows/s)";
    }

    private static async Task<TimeSpan> TimeOneAsync(HttpClient organizer, string url, byte[] workbook, int expectedRows)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "roster.xlsx" } };
        var clock = Stopwatch.StartNew();
        using var response = await organizer.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }

        using var report = JsonDocument.Parse(body);
        var rowCount = report.RootElement.GetProperty("rowCount").GetInt32();
        var errors = report.RootElement.GetProperty("errors").GetArrayLength();
        if (rowCount != expectedRows || errors != 0)
        {
            throw new InvalidOperationException($"Expected {expectedRows} rows and no errors, got {rowCount} rows and {errors} errors.");
        }

        return elapsed;
    }
}
