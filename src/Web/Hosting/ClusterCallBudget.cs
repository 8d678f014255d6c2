using System.Diagnostics;

namespace Competitions.Web.Hosting;

/// <summary>
/// How long a tablet's command may wait on the cluster before the web node answers 503 with Retry-After. When a silo
/// dies, a call in flight to it would only end at Orleans' response timeout, and new calls to the grains it held fail
/// until the cluster declares it dead (about three seconds, see ClusterTimings in the silo). Within the budget the
/// web node retries by itself; every command carries its own id, so a retry never stores anything twice. The budget
/// is per request: the session check of a tablet's token and its command share it.
/// </summary>
public static class ClusterCallBudget
{
    /// <summary>The whole budget, so a tablet hears back (or retries) within about five seconds.</summary>
    public static readonly TimeSpan Total = TimeSpan.FromSeconds(4);

    /// <summary>One attempt at a cluster call (a command, a board subscription): far above a healthy one (milliseconds), short enough to try again after a silo loss.</summary>
    public static readonly TimeSpan Attempt = TimeSpan.FromSeconds(2);

    /// <summary>What a 503 tells the client to wait before resending.</summary>
    public const int RetryAfterSeconds = 1;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public static async Task<T> RunAsync<T>(HttpContext http, Func<Task<T>> command)
    {
        var started = http.Items[typeof(ClusterCallBudget)] as long? ?? Stopwatch.GetTimestamp();
        http.Items[typeof(ClusterCallBudget)] = started;
        var cancellationToken = http.RequestAborted;
        while (true)
        {
            var remaining = Total - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                // A slow session check (or whatever ran before) spent the request's budget.
                throw new TimeoutException("The request's time for the cluster is spent.");
            }

            try
            {
                return await command().WaitAsync(remaining < Attempt ? remaining : Attempt, cancellationToken);
            }
            catch (Exception e) when (IsTransient(e) && Stopwatch.GetElapsedTime(started) + Pause < Total)
            {
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }

    /// <summary>Failures that say nothing about the command itself: the cluster did not answer (yet).</summary>
    public static bool IsTransient(Exception e) => e is TimeoutException or SiloUnavailableException
        or OrleansMessageRejectionException or GatewayTooBusyException or Orleans.Runtime.Messaging.ConnectionFailedException;
}
