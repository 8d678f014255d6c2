using System.Diagnostics;
using System.Net.Http.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;

namespace Competitions.Benchmark;

/// <summary>
/// Reads a whole contest through the organizer API: every event's leaderboard (how soon a cold cluster serves them
/// all), or every competitor's score sheet (which wakes every sheet, so a silo holds the whole contest in memory).
/// </summary>
public sealed class ContestScaleRun(HttpClient organizer, string contestId)
{
    /// <summary>
    /// Asks for every leaderboard at once, retrying each until it answers; returns when the last one did, with the
    /// rows and marked sheets seen.
    /// </summary>
    public async Task<(TimeSpan Elapsed, int Rows, int CompleteRows, TimeSpan FirstAnswer)> ReadEveryBoardAsync(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        var codes = await RetryAsync(() => organizer.GetFromJsonAsync<ContestView>($"/api/contests/{contestId}", Http.Json), clock, patience);
        var firstAnswer = clock.Elapsed;
        var boards = await Task.WhenAll(codes!.EventCodes.Select(code =>
            RetryAsync(() => organizer.GetFromJsonAsync<LeaderboardView>($"/api/contests/{contestId}/events/{code}/leaderboard", Http.Json), clock, patience)));
        return (clock.Elapsed, boards.Sum(b => b!.Rows.Count), boards.Sum(b => b!.Rows.Count(r => r.IsComplete)), firstAnswer);
    }

    /// <summary>Asks for every competitor's score sheet, <paramref name="concurrency"/> at a time; returns how many.</summary>
    public async Task<int> ReadEverySheetAsync(int concurrency)
    {
        var contest = await organizer.GetFromJsonAsync<ContestView>($"/api/contests/{contestId}", Http.Json) ?? throw new InvalidOperationException();
        var sheets = new List<string>();
        foreach (var code in contest.EventCodes)
        {
            var roster = await organizer.GetFromJsonAsync<List<CompetitorEntry>>($"/api/contests/{contestId}/events/{code}/competitors", Http.Json) ?? [];
            sheets.AddRange(roster.Select(c => $"/api/contests/{contestId}/events/{code}/competitors/{c.Id}/scoresheet"));
        }

        await Parallel.ForEachAsync(sheets, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (path, token) =>
            (await organizer.GetAsync(path, token)).EnsureSuccessStatusCode());
        return sheets.Count;
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> read, Stopwatch clock, TimeSpan patience)
    {
        while (true)
        {
            try
            {
                return await read();
            }
            catch (HttpRequestException) when (clock.Elapsed < patience)
            {
                await Task.Delay(100);
            }
        }
    }
}
