using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Competitions.Benchmark;
using Competitions.Web.Api;

// Drives judges' marks through the real HTTP API of a running product and prints durable marks/s and the
// acknowledgement latency. Usage: Competitions.Benchmark --url http://127.0.0.1:5080 --key <organizer key>
//   [--contest demo-2026] [--seconds 30] [--concurrency 64] [--events 108]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.Ordinal);
var url = options.GetValueOrDefault("url", "http://127.0.0.1:5080");
var key = options["key"];
var contestId = options.GetValueOrDefault("contest", "demo-2026");
var seconds = int.Parse(options.GetValueOrDefault("seconds", "30"), System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "64"), System.Globalization.CultureInfo.InvariantCulture);
var maxEvents = int.Parse(options.GetValueOrDefault("events", "108"), System.Globalization.CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var organizer = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(url) };
organizer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

Console.WriteLine($"Reading contest {contestId} from {url} …");
var targets = await ContestPlan.LoadAsync(organizer, contestId, maxEvents);
var random = new Random(7);
var shuffled = targets.OrderBy(_ => random.Next()).ToArray();

// Every judge signs in as on a tablet, so each mark pays for session validation like in production.
var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var judgeId in shuffled.Select(t => t.JudgeId).Distinct())
{
    var code = await (await organizer.PostAsync($"/api/contests/{contestId}/judges/{judgeId}/sign-in-codes", null)).Content.ReadFromJsonAsync<SignInCodeResponse>(Http.Json);
    var session = await (await organizer.PostAsJsonAsync("/api/sessions", new SignInRequest(code!.Code), Http.Json)).Content.ReadFromJsonAsync<SessionResponse>(Http.Json);
    tokens[judgeId] = session!.Token;
}

Console.WriteLine($"{shuffled.Length:N0} possible marks over {shuffled.Select(t => t.EventCode).Distinct().Count()} events, {tokens.Count} judges signed in; {concurrency} concurrent tablets for {seconds} s.");

var latencies = new LatencyRecorder();
var failures = 0;
var next = -1;
var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
{
    var values = new Random(worker);
    while (clock.Elapsed < deadline)
    {
        var target = shuffled[Interlocked.Increment(ref next) % shuffled.Length];
        var value = target.IsJudgement ? values.Next(0, 4) : target.Step * values.Next(0, (int)(target.MaxMark / target.Step) + 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contests/{contestId}/events/{target.EventCode}/competitors/{target.CompetitorId}/marks")
        {
            Content = JsonContent.Create(new MarkRequest(Guid.NewGuid(), target.AspectId, value, DeviceId: $"bench-{worker}"), options: Http.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[target.JudgeId]);
        var started = Stopwatch.GetTimestamp();
        using var response = await organizer.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            latencies.Record(Stopwatch.GetElapsedTime(started));
        }
        else
        {
            Interlocked.Increment(ref failures);
        }
    }
}));
var elapsed = clock.Elapsed.TotalSeconds;

Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| machine | {Environment.ProcessorCount} cores, {Environment.OSVersion} |");
Console.WriteLine($"| concurrent tablets | {concurrency} |");
Console.WriteLine($"| marks acknowledged | {latencies.Count:N0} in {elapsed:F1} s |");
Console.WriteLine($"| durable marks/s | {latencies.Count / elapsed:N0} |");
Console.WriteLine($"| ack latency p50 | {latencies.Percentile(50):F1} ms |");
Console.WriteLine($"| ack latency p99 | {latencies.Percentile(99):F1} ms |");
Console.WriteLine($"| refused or failed | {failures:N0} |");
return failures == 0 ? 0 : 1;
