using System.Text.Json.Serialization;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Competitions.Benchmark;

/// <summary>
/// The limit to measure the product against (run as its own process, <c>--mode bare-hub</c>): a SignalR hub with no
/// Orleans and no database, which for every <c>POST /send</c> broadcasts a board delta of the product's shape (one
/// changed row and the ranks it moved, as one mark gives) to the event's group, over the same JSON protocol.
/// </summary>
public static class BareHub
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<BareBoardHub>("/hubs/live");
        app.MapPost("/send", (string eventCode, string name, IHubContext<BareBoardHub> hub) =>
            hub.Clients.Group(eventCode).SendAsync("boardChanged", Delta(eventCode, name)));
        Console.WriteLine($"Bare SignalR hub on http://127.0.0.1:{port}");
        await app.RunAsync();
    }

    private static LeaderboardDelta Delta(string eventCode, string name) => new(
        $"bare/{eventCode}", "bare", 1, 2,
        [new LeaderboardRow(3, Guid.NewGuid().ToString("N"), null, name, null, string.Empty, string.Empty, null, 71.25m, 71.25m, AwardBand.Third, false, 4, 0, 0)],
        [], BoardAudience.Public, false, PublicBoardMode.Live,
        [.. Enumerable.Range(4, 6).Select(rank => new RankChange(Guid.NewGuid().ToString("N"), rank, AwardBand.None))],
        DateTimeOffset.UtcNow);
}
