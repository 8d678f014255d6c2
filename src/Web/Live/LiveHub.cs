using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// Live boards over SignalR. A client watches an event, gets the board, then receives <c>boardChanged</c> deltas; after
/// a reconnect it calls <see cref="CatchUp"/> with the epoch and version it holds and gets what it missed.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LiveHub(IGrainFactory grains, LeaderboardFeed feed) : Hub
{
    public async Task<LeaderboardView> WatchEvent(string contestId, string eventCode)
    {
        var eventKey = await AuthorizeLiveBoard(contestId, eventCode);
        await feed.EnsureSubscribedAsync(eventKey);
        await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.Group(eventKey));
        return await grains.GetGrain<ILeaderboardGrain>(eventKey).Get();
    }

    public async Task<LeaderboardCatchUp> CatchUp(string contestId, string eventCode, string epoch, long version)
    {
        var eventKey = await AuthorizeLiveBoard(contestId, eventCode);
        await feed.EnsureSubscribedAsync(eventKey);
        await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.Group(eventKey));
        return await grains.GetGrain<ILeaderboardGrain>(eventKey).GetChangesSince(epoch, version);
    }

    /// <summary>The live (unpublished) board is for organizers and the event's chief judge.</summary>
    private async Task<string> AuthorizeLiveBoard(string contestId, string eventCode)
    {
        try
        {
            await Api.EventEndpoints.RequireOrganizerOrChief(Context.User!, grains, contestId, eventCode);
        }
        catch (Contracts.Errors.CompetitionRuleException e)
        {
            throw new HubException(e.Message);
        }

        return Keys.Event(contestId, eventCode);
    }
}
