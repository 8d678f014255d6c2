using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Competitions.Web.Api;

namespace Competitions.Benchmark;

/// <summary>
/// Posts judges' marks through the API with each judge's own session token, round-robin over the web nodes, and
/// records acknowledgements.
/// </summary>
public sealed class MarkSender(IReadOnlyList<HttpClient> nodes, string contestId, IReadOnlyDictionary<string, string> tokens) : IMarkChannel
{
    private int _next;

    public LatencyRecorder AckLatency { get; } = new();

    private long _acknowledged;

    /// <summary>Marks acknowledged while <see cref="Measuring"/>: one per request, or every mark of a batch.</summary>
    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>False during warm-up: marks are sent but their latency is not recorded.</summary>
    public bool Measuring { get; set; } = true;

    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    private int _unavailable;

    /// <summary>Requests answered 503 with Retry-After (the cluster was busy or recovering): a tablet resends them.</summary>
    public int Unavailable => Volatile.Read(ref _unavailable);

    /// <summary>Called with the send timestamp just before a mark leaves, so viewers can time its push.</summary>
    public Action<MarkTarget, long>? OnSending { get; set; }

    public async Task SendAsync(MarkTarget target, Random values, string deviceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contests/{contestId}/events/{target.EventCode}/competitors/{target.CompetitorId}/marks")
        {
            Content = JsonContent.Create(new MarkRequest(Guid.NewGuid(), target.AspectId, target.RandomValue(values), DeviceId: deviceId), options: Http.Json),
        };
        var started = Stopwatch.GetTimestamp();
        OnSending?.Invoke(target, started);
        await SendAsync(request, target.JudgeId, started, response => Task.FromResult(response.IsSuccessStatusCode ? 1 : 0), expected: 1);
    }

    /// <summary>A tablet's outbox: one judge's marks sent as one request to <c>POST /api/contests/{c}/marks</c>.</summary>
    public async Task SendBatchAsync(IReadOnlyList<MarkTarget> targets, Random values, string deviceId)
    {
        var marks = targets.Select(t => new BatchMark(Guid.NewGuid(), t.EventCode, t.CompetitorId, t.AspectId, t.RandomValue(values), DeviceId: deviceId)).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contests/{contestId}/marks")
        {
            Content = JsonContent.Create(new MarkBatchRequest(marks), options: Http.Json),
        };
        await SendAsync(request, targets[0].JudgeId, Stopwatch.GetTimestamp(), async response =>
        {
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<MarkBatchResponse>(Http.Json) : null;
            return body?.Outcomes.Count(o => o.Status == 200) ?? 0;
        }, expected: marks.Count);
    }

    private async Task SendAsync(HttpRequestMessage request, string judgeId, long started, Func<HttpResponseMessage, Task<int>> countStored, int expected)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[judgeId]);
        var stored = 0;
        try
        {
            using var response = await nodes[(int)((uint)Interlocked.Increment(ref _next) % (uint)nodes.Count)].SendAsync(request);
            stored = await countStored(response);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _unavailable);
            }

            if (stored > 0 && Measuring)
            {
                AckLatency.Record(Stopwatch.GetElapsedTime(started));
                Interlocked.Add(ref _acknowledged, stored);
            }
        }
        catch (HttpRequestException)
        {
        }

        Interlocked.Add(ref _failures, expected - stored);
    }

    /// <summary>Signs every judge of the targets in with a one-time code, as a tablet would.</summary>
    public static async Task<Dictionary<string, string>> SignInAsync(HttpClient organizer, string contestId, IEnumerable<string> judgeIds)
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var judgeId in judgeIds.Distinct())
        {
            var code = await (await organizer.PostAsync($"/api/contests/{contestId}/judges/{judgeId}/sign-in-codes", null)).Content.ReadFromJsonAsync<SignInCodeResponse>(Http.Json);
            var session = await (await organizer.PostAsJsonAsync("/api/sessions", new SignInRequest(code!.Code), Http.Json)).Content.ReadFromJsonAsync<SessionResponse>(Http.Json);
            tokens[judgeId] = session!.Token;
        }

        return tokens;
    }
}
