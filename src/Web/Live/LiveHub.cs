using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// Live boards over SignalR. A client watches an event, gets the board, then receives <c>boardChanged</c> deltas; after
/// a reconnect it calls a catch-up method with the epoch and version it holds and gets what it missed. The contest
/// home is the same with <c>contestChanged</c> updates, read whole again after a gap, and public boards' banners with
/// <c>bannersChanged</c> (each board's banners whole, versioned). Anyone may watch the public
/// boards; the live board is for organizers and the event's chief judge (codes only when he marks in a blind event),
/// whose session is re-checked on every call and by <see cref="StaffConnections"/> while the connection stays open.
/// </summary>
public sealed class LiveHub(IGrainFactory grains, LeaderboardFeed feed, StaffConnections staff) : Hub
{
    public override Task OnConnectedAsync()
    {
        Telemetry.Viewers.Add(1);
        staff.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        Telemetry.Viewers.Add(-1);
        staff.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    public Task<LeaderboardView> WatchPublicBoard(string contestId, string eventCode) =>
        Watch(EventKeyOf(contestId, eventCode), BoardAudience.Public, board => board.GetPublic());

    public Task<LeaderboardCatchUp> CatchUpPublic(string contestId, string eventCode, string epoch, long version) =>
        Watch(EventKeyOf(contestId, eventCode), BoardAudience.Public, board => board.GetChangesSince(BoardAudience.Public, epoch, version));

    /// <summary>Joins the contest home's group, then reads the view, so no update can fall between the two.</summary>
    public async Task<ContestBoardView> WatchContest(string contestId)
    {
        if (!Keys.IsValidId(contestId))
        {
            throw new HubException("The contest id must be 1–64 letters, digits, '-' or '_'.");
        }

        try
        {
            await feed.EnsureContestSubscribedAsync(contestId);
            await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.ContestGroup(contestId));
            return await grains.GetGrain<IContestBoardGrain>(contestId).Get();
        }
        catch (CompetitionRuleException e)
        {
            throw new HubException(e.Message);
        }
    }

    /// <summary>
    /// The banners of the contest's public board and, with an event code, of that event's board: joins their groups,
    /// then reads them, so no change can fall between the two. Public banners only; judges' messages never come here.
    /// </summary>
    public async Task<IReadOnlyList<BannerBoard>> WatchBanners(string contestId, string? eventCode)
    {
        if (!Keys.IsValidId(contestId))
        {
            throw new HubException("The contest id must be 1–64 letters, digits, '-' or '_'.");
        }

        string[] scopes = eventCode is null ? [contestId] : [contestId, EventKeyOf(contestId, eventCode)];
        foreach (var scope in scopes)
        {
            await feed.EnsureAnnouncementsSubscribedAsync(scope);
            await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.BannerGroup(scope));
        }

        return await Task.WhenAll(scopes.Select(scope => grains.GetGrain<IAnnouncementsGrain>(scope).GetBanners()));
    }

    /// <summary>
    /// A judge's tablet asks to be told when its work changes (<c>workChanged</c>: a re-mark request, a message), for every
    /// event the judge is assigned to in the contest of his session; it then reloads its workload.
    /// </summary>
    [Authorize(Policy = Policies.Judge)]
    public async Task<int> WatchMyWork()
    {
        var contestId = Context.User!.FindFirstValue(CompetitionClaims.ContestId)!;
        var judgeId = Context.User!.FindFirstValue(CompetitionClaims.JudgeId)!;
        var workload = await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).GetWorkload();
        foreach (var work in workload.Events)
        {
            var eventKey = Keys.Event(contestId, work.Assignment.EventCode);
            await feed.EnsureSubscribedAsync(eventKey);
            await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.JudgeGroup(eventKey, judgeId));
        }

        return workload.Events.Count;
    }

    [Authorize(Policy = Policies.Staff)]
    public async Task<LeaderboardView> WatchEvent(string contestId, string eventCode)
    {
        var eventKey = EventKeyOf(contestId, eventCode);
        var audience = await AuthorizeLiveBoard(contestId, eventCode);
        return await Watch(eventKey, audience, board => board.GetFor(audience));
    }

    [Authorize(Policy = Policies.Staff)]
    public async Task<LeaderboardCatchUp> CatchUp(string contestId, string eventCode, string epoch, long version)
    {
        var eventKey = EventKeyOf(contestId, eventCode);
        var audience = await AuthorizeLiveBoard(contestId, eventCode);
        return await Watch(eventKey, audience, board => board.GetChangesSince(audience, epoch, version));
    }

    /// <summary>
    /// Anyone may call the public methods: an id that no id can be is refused before it wakes a grain (or a thousand
    /// junk activations) for it.
    /// </summary>
    private static string EventKeyOf(string contestId, string eventCode) =>
        Keys.IsValidId(contestId) && Keys.IsValidId(eventCode)
            ? Keys.Event(contestId, eventCode)
            : throw new HubException("The contest id and event code must be 1–64 letters, digits, '-' or '_'.");

    /// <summary>Joins the group before reading, so no delta can fall between the read and the first push.</summary>
    private async Task<T> Watch<T>(string eventKey, BoardAudience audience, Func<ILeaderboardGrain, Task<T>> read)
    {
        await feed.EnsureSubscribedAsync(eventKey);
        await Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardFeed.Group(eventKey, audience));
        try
        {
            return await read(grains.GetGrain<ILeaderboardGrain>(eventKey));
        }
        catch (CompetitionRuleException e)
        {
            throw new HubException(e.Message);
        }
    }

    /// <summary>
    /// Which live board the caller may watch (codes only for a chief judge who marks in a blind event). The
    /// connection's claims date from when it opened: its session is re-checked on every staff call.
    /// </summary>
    private async Task<BoardAudience> AuthorizeLiveBoard(string contestId, string eventCode)
    {
        if (!await SessionCheck.IsCurrentAsync(grains, Context.User!))
        {
            Context.Abort();
            throw new HubException("The session has ended: sign in again.");
        }

        try
        {
            return await EventAccess.LiveBoardAudienceAsync(Context.User!, grains, contestId, eventCode);
        }
        catch (CompetitionRuleException e)
        {
            throw new HubException(e.Message);
        }
    }
}
