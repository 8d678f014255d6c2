using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;

namespace Competitions.Benchmark;

/// <summary>
/// Times a roster import through the API: a fresh contest with N events, an .xlsx of M competitors, then the
/// preview (read and check only) and the commit (check, then one RegisterCompetitors per event, in parallel).
/// </summary>
public static class ImportBenchmark
{
    public static async Task<List<(string Measure, string Value)>> RunAsync(HttpClient organizer, int eventCount, int competitors)
    {
        var rows = new List<(string Measure, string Value)>();
        var contestId = string.Create(CultureInfo.InvariantCulture, $"import-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}");
        (await organizer.PostAsJsonAsync("/api/contests", new ContestDefinition(
            contestId, "导入基准赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["实训楼A"]), Http.Json)).EnsureSuccessStatusCode();
        var codes = Enumerable.Range(1, eventCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"E{i:D3}")).ToList();
        await Task.WhenAll(codes.Select(async code => (await organizer.PutAsJsonAsync(
            $"/api/contests/{contestId}/events/{code}", new EventDefinition(code, $"赛项{code}", "实训楼A"), Http.Json)).EnsureSuccessStatusCode()));

        var building = Stopwatch.StartNew();
        var workbook = RosterWorkbook.Build(codes, competitors);
        rows.Add(("roster workbook", $"{competitors:N0} competitors over {eventCount} events, {workbook.Length / 1024.0:N0} KiB .xlsx (built in {building.Elapsed.TotalSeconds:F1} s)"));

        var url = $"/api/contests/{contestId}/imports/competitors";
        rows.Add(("preview (commit=false)", await TimeAsync(organizer, $"{url}?commit=false", workbook, competitors)));
        rows.Add(("commit (commit=true), empty events", await TimeAsync(organizer, $"{url}?commit=true", workbook, competitors)));
        rows.Add(("commit again (every competitor replaced)", await TimeAsync(organizer, $"{url}?commit=true", workbook, competitors)));

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

    private static async Task<string> TimeAsync(HttpClient organizer, string url, byte[] workbook, int expectedRows)
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

        return $"{elapsed.TotalSeconds:F2} s ({rowCount / elapsed.TotalSeconds:N0} rows/s)";
    }
}
