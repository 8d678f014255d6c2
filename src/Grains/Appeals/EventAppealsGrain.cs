using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Appeals;

/// <summary>
/// Appeals (申诉) against one event's results. Each appeal and each decision is in the ledger (its own stream of the
/// event) before the caller hears back; the board is told, because results are not final while an appeal is open.
/// </summary>
public sealed class EventAppealsGrain(
    [PersistentState("appeals", StorageNames.Configuration)] IPersistentState<EventAppealsState> state,
    ILedgerStore ledgerStore,
    ContestClock clock) : Grain, IEventAppealsGrain
{
    private LedgerWriter? _ledger;

    private string EventKey => this.GetPrimaryKeyString();

    public async Task<Appeal> Lodge(Caller caller, string delegation, AppealRequest request)
    {
        if (caller.Role != CallerRole.TeamLeader)
        {
            throw CompetitionRuleException.Forbidden("team-leaders-only", "Appeals are lodged by a delegation's team leader.");
        }

        if (request.AppealId is { } resent && state.State.Appeals.Find(a => a.Id == resent) is { } lodged)
        {
            return lodged.CompetitorId == request.CompetitorId
                ? lodged
                : throw CompetitionRuleException.Conflict("entry-id-reused", "This appeal id was already used for another appeal.");
        }

        RequireReason(request.Reason);
        var @event = await GrainFactory.GetGrain<IEventGrain>(EventKey).Get();
        if (@event.Status != EventStatus.Published || @event.AppealsUntil is not { } deadline)
        {
            throw CompetitionRuleException.Conflict("results-not-published", "Appeals open when the event's results are published.");
        }

        if (clock.Now > deadline)
        {
            var contest = await GrainFactory.GetGrain<IContestGrain>(@event.ContestId).Get();
            throw CompetitionRuleException.Conflict("appeal-deadline-passed",
                $"The deadline for appeals against {@event.Definition.Code} {@event.Definition.Name} passed at {contest.Definition.LocalTime(deadline)} " +
                $"({@event.Definition.AppealHours} h after the results were published); this appeal cannot be accepted.");
        }

        var competitor = (await GrainFactory.GetGrain<IEventGrain>(EventKey).GetRoster()).FirstOrDefault(c => c.Id == request.CompetitorId)
            ?? throw CompetitionRuleException.NotFound("competitor-not-found", $"Competitor {request.CompetitorId} is not entered in this event.");
        if (!string.Equals(competitor.Delegation, delegation, StringComparison.Ordinal))
        {
            throw CompetitionRuleException.Forbidden("other-delegation", "A team leader appeals only for his own delegation's competitors.");
        }

        var appeal = new Appeal(request.AppealId ?? Guid.NewGuid(), competitor.Id, delegation, caller.Id, clock.Now, request.Reason.Trim());
        await AppendAsync(LedgerKinds.AppealLodged, appeal, caller, $"appeal {appeal.Id}: {appeal.Reason}", entryId: appeal.Id);
        state.State.Appeals.Add(appeal);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ILeaderboardGrain>(EventKey).Rebuild();
        return appeal;
    }

    public async Task<Appeal> Decide(Caller caller, Guid appealId, AppealDecision decision)
    {
        if (caller.Role != CallerRole.Arbitrator)
        {
            throw CompetitionRuleException.Forbidden("arbitration-only", "Appeals are decided by the arbitration group.");
        }

        RequireReason(decision.Reason);
        var index = state.State.Appeals.FindIndex(a => a.Id == appealId);
        if (index < 0)
        {
            throw CompetitionRuleException.NotFound("appeal-not-found", $"There is no appeal {appealId} against this event.");
        }

        if (state.State.Appeals[index].Status != AppealStatus.Open)
        {
            throw CompetitionRuleException.Conflict("appeal-decided", "This appeal has already been decided.");
        }

        var decided = state.State.Appeals[index] with
        {
            Status = decision.Upheld ? AppealStatus.Upheld : AppealStatus.Dismissed,
            DecidedBy = caller.Id,
            DecidedAt = clock.Now,
            Decision = decision.Reason.Trim(),
        };
        await AppendAsync(LedgerKinds.AppealDecided, decided, caller, $"appeal {appealId} {decided.Status}: {decided.Decision}");
        state.State.Appeals[index] = decided;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ILeaderboardGrain>(EventKey).Rebuild();
        return decided;
    }

    public Task<IReadOnlyList<Appeal>> List() => Task.FromResult<IReadOnlyList<Appeal>>([.. state.State.Appeals]);

    /// <param name="entryId">The lodging row takes the appeal's id, so a retry after a lost state write finds it stored.</param>
    private async Task AppendAsync(string kind, Appeal appeal, Caller caller, string reason, Guid? entryId = null)
    {
        _ledger ??= new LedgerWriter(ledgerStore, clock.Time, LedgerStreams.Appeals(EventKey));
        try
        {
            await _ledger.AppendAsync(new LedgerRecord(
                string.Empty, 0, entryId ?? Guid.NewGuid(), kind, EventKey, appeal.CompetitorId, null, null, caller.Id, null,
                appeal.Status == AppealStatus.Upheld ? 1m : null, null, reason, default));
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry && entryId is not null)
        {
            // Already in the ledger from an attempt whose state write was lost: record the appeal, not a second row.
        }
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw CompetitionRuleException.Invalid("reason-required", "An appeal and its decision need a written reason.");
        }
    }
}
