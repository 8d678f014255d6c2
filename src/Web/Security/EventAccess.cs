using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Visibility;

namespace Competitions.Web.Security;

/// <summary>
/// Per-event rights that a role policy cannot decide alone (is this caller the chief judge of this event, does he mark
/// in it): asked of the event and decided by <see cref="VisibilityPolicy"/>, for endpoints and the hub alike.
/// </summary>
public static class EventAccess
{
    /// <summary>Live boards, score sheets and ledgers are for organizers and the event's chief judge only.</summary>
    public static Task RequireOrganizerOrChief(ClaimsPrincipal user, IGrainFactory grains, string contestId, string eventCode) =>
        LiveBoardAudienceAsync(user, grains, contestId, eventCode);

    /// <summary>
    /// Which live board the caller gets, as <see cref="VisibilityPolicy"/> decides (a chief judge who marks in a blind
    /// event: codes only); Forbidden for anyone the policy gives the public board only.
    /// </summary>
    public static async Task<BoardAudience> LiveBoardAudienceAsync(ClaimsPrincipal user, IGrainFactory grains, string contestId, string eventCode)
    {
        var caller = user.ToCaller(contestId);
        var view = await grains.GetGrain<IEventGrain>(Keys.Event(contestId, eventCode)).Get();
        return VisibilityPolicy.BoardFor(view.ViewerOf(caller), view.ToPrivacy()) switch
        {
            BoardView.Staff => BoardAudience.Staff,
            BoardView.StaffCodesOnly => BoardAudience.StaffCodesOnly,
            _ => throw CompetitionRuleException.Forbidden("chief-judge-only", "Only organizers and the event's chief judge may read this."),
        };
    }
}
