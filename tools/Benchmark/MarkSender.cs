using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Competitions.Web.Api;

namespace Competitions.Benchmark;

/// <summary>
/// Posts judges' marks through the API with each judge's own session token, round-robin over the web nodes, and
/// records acknowledgements.
/// </summary>
public sealed class MarkSender(IReadOnlyList<HttpClient> nodes, string contestId, IReadOnlyDictionary<string, string> tokens)
{
    private int _next;

    public LatencyRecorder AckLatency { get; } = new();

    /// <summary>False during warm-up: marks are sent but their latency is not recorded.</summary>
    public bool Measuring { get; set; } = true;

    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Called with the send timestamp just before a mark leaves, so viewers can time its push.</summary>
    public Action<MarkTarget, long>? OnSending { get; set; }

    public async Task SendAsync(MarkTarget target, Random values, string deviceId)
    {
        var value = target.IsJudgement ? values.Next(0, 4) : target.Step * values.Next(0, (int)(target.MaxMark / target.Step) + 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contests/{contestId}/events/{target.EventCode}/competitors/{target.CompetitorId}/marks")
        {
            Content = JsonContent.Create(new MarkRequest(Guid.NewGuid(), target.AspectId, value, DeviceId: deviceId), options: Http.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[target.JudgeId]);
        var started = Stopwatch.GetTimestamp();
        OnSending?.Invoke(target, started);
        try
        {
            using var response = await nodes[(int)((uint)Interlocked.Increment(ref _next) % (uint)nodes.Count)].SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                if (Measuring)
                {
                    AckLatency.Record(Stopwatch.GetElapsedTime(started));
                }

                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        Interlocked.Increment(ref _failures);
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
