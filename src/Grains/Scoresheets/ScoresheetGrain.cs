using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Ledger;
using Competitions.Domain.Scheme;
using Competitions.Domain.Scoresheets;
using Competitions.Domain.Scoring;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;
using Microsoft.Extensions.Logging;

namespace Competitions.Grains.Scoresheets;

/// <summary>
/// One competitor's score sheet. Its state is the fold of its ledger stream; a command is validated against the
/// event's rules, appended to the ledger (durably) and only then applied and acknowledged.
/// </summary>
public sealed class ScoresheetGrain(ILedgerStore ledgerStore, ContestClock clock, ILogger<ScoresheetGrain> logger) : Grain, IScoresheetGrain
{
    /// <summary>How long an acknowledgement waits for the leaderboard before going out without it.</summary>
    public static readonly TimeSpan BoardWait = TimeSpan.FromSeconds(1);

    private ScoresheetState _state = new();
    private LedgerWriter? _ledger;
    private readonly SharedLoad _loading = new();
    private ScoringContext? _context;
    private MarkingScheme? _rules;

    private string SheetKey => this.GetPrimaryKeyString();

    public async Task<LedgerReceipt> SubmitMark(Caller caller, MarkSubmission mark)
    {
        await EnsureLoaded();
        return await Execute(MarkDraft(caller, mark), () => ValidateMark(caller, mark));
    }

    public async Task<IReadOnlyList<MarkOutcome>> SubmitMarks(Caller caller, IReadOnlyList<MarkSubmission> marks)
    {
        await EnsureLoaded();
        if (await TryStoreAsOneGroup(caller, marks) is { } group)
        {
            await PublishStanding();
            return group;
        }

        var outcomes = new List<MarkOutcome>(marks.Count);
        var answered = false;
        foreach (var mark in marks)
        {
            try
            {
                var receipt = await Store(MarkDraft(caller, mark), () => ValidateMark(caller, mark));
                answered = true;
                outcomes.Add(MarkOutcome.Stored(mark.MarkId, receipt));
            }
            catch (CompetitionRuleException problem)
            {
                outcomes.Add(MarkOutcome.Refused(mark.MarkId, problem));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Storage failed with the outcome unknown: this mark and the ones after it go back to the tablet,
                // which resends them with the same ids (the first of them may turn out to be stored already).
                logger.LogWarning(e, "Score sheet {Sheet} stopped a batch of {Count} marks at {MarkId}", SheetKey, marks.Count, mark.MarkId);
                outcomes.AddRange(marks.Skip(outcomes.Count).Select(m => MarkOutcome.Unavailable(m.MarkId)));
                break;
            }
        }

        if (answered)
        {
            await PublishStanding();
        }

        return outcomes;
    }

    /// <summary>
    /// The common case of an outbox batch, in one ledger append: every mark passes its checks on the sheet as it
    /// stands and no two are for the same aspect and judge, so none changes what the next is checked against. Null when
    /// the batch needs the mark-by-mark path: a mark is refused, or one is already stored (a resend).
    /// </summary>
    private async Task<IReadOnlyList<MarkOutcome>?> TryStoreAsOneGroup(Caller caller, IReadOnlyList<MarkSubmission> marks)
    {
        if (marks.Count < 2 || marks.DistinctBy(m => (m.AspectId, m.JudgeId)).Count() < marks.Count)
        {
            return null;
        }

        try
        {
            foreach (var mark in marks)
            {
                RequireSound(MarkDraft(caller, mark));
                ValidateMark(caller, mark);
            }
        }
        catch (CompetitionRuleException)
        {
            return null;
        }

        try
        {
            var rows = await AppendAndApplyAsync([.. marks.Select(m => MarkDraft(caller, m))]);
            return [.. rows.Select(r => MarkOutcome.Stored(r.Record.EntryId, Receipt(r.Record)))];
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry)
        {
            // Nothing of the group was stored; the mark-by-mark path answers the resent marks from the ledger.
            return null;
        }
        catch
        {
            ForgetLedgerState();
            throw;
        }
    }

    private void ValidateMark(Caller caller, MarkSubmission mark) =>
        CompetitionRuleException.ThrowIf(ScoresheetRules.Mark(Situation, caller.ToActor(), mark.JudgeId, mark.AspectId, mark.Value));

    public async Task<LedgerReceipt> CorrectMark(Caller caller, MarkCorrection correction)
    {
        await EnsureLoaded();
        var appealMissing = await AppealMissingAfterPublication(correction.AppealId);
        return await Execute(Draft(LedgerKinds.MarkCorrected, correction.EntryId, caller, correction.AspectId, correction.JudgeId, correction.DeviceId, correction.Value, WithAppeal(correction.Reason, correction.AppealId)), () =>
            CompetitionRuleException.ThrowIf(appealMissing ?? ScoresheetRules.Correction(Situation, caller.ToActor(), correction.JudgeId, correction.AspectId, correction.Value, correction.Reason)));
    }

    public async Task<LedgerReceipt> ResolveDispute(Caller caller, DisputeResolution resolution)
    {
        await EnsureLoaded();
        // A correction made for an upheld appeal can open a dispute (the other judges' measurements still differ): it
        // must be resolvable under the same appeal, or the published sheet would stay half-corrected.
        var appealMissing = await AppealMissingAfterPublication(resolution.AppealId);
        return await Execute(Draft(LedgerKinds.DisputeResolved, resolution.EntryId, caller, resolution.AspectId, null, null, resolution.Value, WithAppeal(resolution.Reason, resolution.AppealId)), () =>
            CompetitionRuleException.ThrowIf(appealMissing ?? ScoresheetRules.DisputeResolution(Situation, caller.ToActor(), resolution.AspectId, resolution.Value, resolution.Reason)));
    }

    public async Task<LedgerReceipt> RecordTheory(Caller caller, TheoryScore score)
    {
        await EnsureLoaded();
        return await Execute(Draft(LedgerKinds.TheoryRecorded, score.EntryId, caller, null, null, null, score.Score, null), () =>
            CompetitionRuleException.ThrowIf(ScoresheetRules.Theory(Situation, caller.ToActor(), score.Score)));
    }

    public async Task<LedgerReceipt> SubmitSheet(Caller caller, SheetSubmission submission)
    {
        await EnsureLoaded();
        return await Execute(Draft(LedgerKinds.SheetSubmitted, submission.EntryId, caller, null, submission.JudgeId, submission.DeviceId, null, null), () =>
            CompetitionRuleException.ThrowIf(ScoresheetRules.Submission(Situation, caller.ToActor(), submission.JudgeId)));
    }

    public async Task<LedgerReceipt> RequestRemark(Caller caller, RemarkRequest request)
    {
        await EnsureLoaded();
        var receipt = await Execute(Draft(LedgerKinds.RemarkRequested, request.EntryId, caller, request.AspectId, request.JudgeId, null, null, request.Note), () =>
            CompetitionRuleException.ThrowIf(ScoresheetRules.RemarkRequest(Situation, caller.ToActor(), request.JudgeId, request.AspectId, request.Note)));
        // The judge's tablet learns of it by push, within a second, rather than at its next poll.
        GrainFactory.GetGrain<ILeaderboardGrain>(Keys.SplitScoresheet(SheetKey).EventKey).NotifyJudges([request.JudgeId]).Ignore();
        return receipt;
    }

    public async Task<LedgerReceipt> RecordAttendance(Caller caller, AttendanceCommand command)
    {
        await EnsureLoaded();
        var actor = caller.ToActor();
        // A second scan at the desk is answered with the check-in already made: nothing new to store or to refuse.
        if (CheckInRules.Desk(actor, _context!.ChiefJudgeId, _context.Status) is null
            && CheckInRules.IsRepeat(command.Action, _state.Attendance) && _state.AttendanceRecord is { } checkedIn)
        {
            return Receipt(checkedIn);
        }

        var situation = new AttendanceSituation(_context.Status, _context.ChiefJudgeId, _state.Attendance, _state.Marks.Count > 0);
        return await Execute(Draft(AttendanceLedger.KindOf(command.Action), command.EntryId, caller, null, null, command.DeviceId, null, command.Reason), () =>
            CompetitionRuleException.ThrowIf(CheckInRules.Decide(situation, actor, command.Action, command.Reason)));
    }

    public async Task<JudgeSheetView> GetJudgeView(string judgeId)
    {
        await EnsureLoaded();
        return new JudgeSheetView(
            _context!.Competitor.Id,
            [.. _state.Marks.Where(m => m.Key.JudgeId == judgeId).Select(m => new AspectMark(m.Key.AspectId, m.Value))],
            _state.SubmittedBy.Contains(judgeId),
            [.. _state.RemarkRequests.Where(r => r.Key.JudgeId == judgeId).Select(r => r.Value)],
            _state.Attendance == Attendance.Absent);
    }

    public async Task<ScoresheetView> Get()
    {
        await EnsureLoaded();
        var result = Calculate();
        var aspects = _rules!.Aspects.Zip(result.Aspects, (rule, outcome) => new AspectView(
            rule.Id, rule.CriterionId, rule.Kind, rule.MaxMark, outcome.Mark,
            [.. _state.Marks.Where(m => m.Key.AspectId == rule.Id).OrderBy(m => m.Key.JudgeId, StringComparer.Ordinal).Select(m => new JudgeMarkView(m.Key.JudgeId, m.Value))],
            outcome.MissingJudges, outcome.Disputed, outcome.SpreadAlert)).ToList();
        var (eventKey, competitorId) = Keys.SplitScoresheet(SheetKey);
        return new ScoresheetView(eventKey, competitorId, _ledger!.Sequence, aspects, result.CriterionScores,
            result.PracticalRaw, result.Practical, result.Theory, result.Total, result.IsComplete, [.. _state.SubmittedBy], _state.Attendance);
    }

    public async Task<IReadOnlyList<LedgerEntryView>> GetLedger()
    {
        await EnsureLoaded();
        var rows = await ledgerStore.ReadStreamAsync(LedgerStreams.Scoresheet(SheetKey));
        return [.. rows.Select(r => new LedgerEntryView(
            r.Record.Sequence, r.Record.EntryId, r.Record.Kind, r.Record.AspectId, r.Record.JudgeId, r.Record.ActorId,
            r.Record.DeviceId, r.Record.Value, r.Record.PreviousValue, r.Record.Reason, r.Record.RecordedAt,
            Convert.ToHexStringLower(r.Hash)))];
    }

    public Task RefreshContext()
    {
        _context = null;
        _rules = null;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Validates, appends, applies and acknowledges one command; the leaderboard hears of it before the answer. A resend
    /// of a stored command tells the board too: the first attempt may have been committed by a connection that broke
    /// before it answered, so the board never heard of it (it ignores a standing it already has).
    /// </summary>
    private async Task<LedgerReceipt> Execute(LedgerRecord draft, Action validate)
    {
        var receipt = await Store(draft, validate);
        await PublishStanding();
        return receipt;
    }

    /// <summary>
    /// Validates, appends and applies one command. A command whose entry id is already in the ledger is answered with
    /// the stored entry, so a tablet that resends after a lost acknowledgement gets the same answer.
    /// </summary>
    private async Task<LedgerReceipt> Store(LedgerRecord draft, Action validate)
    {
        try
        {
            RequireSound(draft);
            validate();
        }
        catch (CompetitionRuleException)
        {
            // A resend of something already stored must not be refused because the sheet has moved on since.
            if (await ledgerStore.FindAsync(draft.EntryId) is { } stored)
            {
                return SameCommandOrConflict(stored.Record, draft);
            }

            throw;
        }

        try
        {
            var row = (await AppendAndApplyAsync([draft]))[0];
            return Receipt(row.Record);
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry)
        {
            var stored = await ledgerStore.FindAsync(draft.EntryId);
            if (stored is null)
            {
                throw;
            }

            return SameCommandOrConflict(stored.Record, draft);
        }
        catch
        {
            // The outcome is unknown (the commit may have happened before the connection broke), or another
            // activation wrote to this stream: rebuild from the ledger before the next command.
            ForgetLedgerState();
            throw;
        }
    }

    /// <summary>Stores the drafts as one chained group (all or none), records the metrics, and applies them.</summary>
    private async Task<IReadOnlyList<ChainedLedgerRecord>> AppendAndApplyAsync(IReadOnlyList<LedgerRecord> drafts)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var rows = await _ledger!.AppendGroupAsync(drafts);
        Telemetry.LedgerAppend.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var row in rows)
        {
            Telemetry.LedgerEntries.Add(1, new KeyValuePair<string, object?>("kind", row.Record.Kind));
            Apply(row.Record);
        }

        return rows;
    }

    private LedgerRecord MarkDraft(Caller caller, MarkSubmission mark) =>
        Draft(LedgerKinds.MarkEntered, mark.MarkId, caller, mark.AspectId, mark.JudgeId, mark.DeviceId, mark.Value, null);

    private LedgerRecord Draft(string kind, Guid entryId, Caller caller, string? aspectId, string? judgeId, string? deviceId, decimal? value, string? reason)
    {
        var (eventKey, competitorId) = Keys.SplitScoresheet(SheetKey);
        decimal? previous = kind switch
        {
            LedgerKinds.MarkEntered or LedgerKinds.MarkCorrected when aspectId is not null && judgeId is not null
                && _state.Marks.TryGetValue((aspectId, judgeId), out var current) => current,
            LedgerKinds.DisputeResolved when aspectId is not null && _state.Resolutions.TryGetValue(aspectId, out var resolved) => resolved,
            LedgerKinds.TheoryRecorded => _state.Theory,
            _ => null,
        };
        return new LedgerRecord(LedgerStreams.Scoresheet(SheetKey), 0, entryId, kind, eventKey, competitorId, aspectId, judgeId,
            caller.Id, deviceId, value, previous, reason, default);
    }

    private static LedgerReceipt SameCommandOrConflict(LedgerRecord stored, LedgerRecord draft)
    {
        var same = stored.Stream == draft.Stream && stored.Kind == draft.Kind && stored.AspectId == draft.AspectId
            && stored.JudgeId == draft.JudgeId && stored.Value == draft.Value;
        return same
            ? Receipt(stored)
            : throw CompetitionRuleException.Conflict("entry-id-reused", $"Entry id {draft.EntryId} was already used for a different command.");
    }

    private static LedgerReceipt Receipt(LedgerRecord record) =>
        new(record.EntryId, record.Sequence, record.RecordedAt, record.Kind, record.Value);

    private void Apply(LedgerRecord record)
    {
        if (!_state.Apply(record))
        {
            logger.LogWarning("Score sheet {Sheet} ignores unknown ledger entry kind {Kind}", SheetKey, record.Kind);
        }
    }

    /// <summary>
    /// Tells the leaderboard, waiting for it at most <see cref="BoardWait"/>. The entry is durable already, and the
    /// board answers in a millisecond when it is well, so a read after the acknowledgement shows the mark. When the
    /// board is slow (building cold) or its silo is gone, the tablet must not wait for Orleans' response timeout: the
    /// acknowledgement goes out and the board catches up from the ledger, since standings carry their ledger sequence.
    /// </summary>
    private async Task PublishStanding()
    {
        var update = GrainFactory.GetGrain<ILeaderboardGrain>(Keys.SplitScoresheet(SheetKey).EventKey).Update(ToStanding(Calculate()));
        try
        {
            // WaitAsync drops its timer as soon as the board answers: no timer outlives a healthy update.
            await update.WaitAsync(BoardWait);
        }
        catch (TimeoutException) when (!update.IsCompleted)
        {
            Telemetry.BoardUpdatesNotAwaited.Add(1);
            ObserveLateBoardUpdate(update).Ignore();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            BoardUpdateFailed(e);
        }
    }

    private async Task ObserveLateBoardUpdate(Task update)
    {
        try
        {
            await update;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            BoardUpdateFailed(e);
        }
    }

    /// <summary>The entry is durable; the leaderboard catches up from the ledger when it rebuilds.</summary>
    private void BoardUpdateFailed(Exception e)
    {
        logger.LogWarning(e, "Leaderboard update for {Sheet} failed; it will rebuild", SheetKey);
        GrainFactory.GetGrain<ILeaderboardGrain>(Keys.SplitScoresheet(SheetKey).EventKey).Rebuild().Ignore();
    }

    private ScoresheetResult Calculate() => _state.Calculate(_context!, _rules!);

    private Standing ToStanding(ScoresheetResult result) => _state.ToStanding(_context!, result);

    private async Task EnsureLoaded()
    {
        if (_context is null)
        {
            var (eventKey, competitorId) = Keys.SplitScoresheet(SheetKey);
            var context = await GrainFactory.GetGrain<IEventGrain>(eventKey).GetScoringContext(competitorId);
            _rules = context.Scheme.ToRules();
            _context = context;
        }

        await _loading.EnsureAsync(LoadLedger);
    }

    private async Task LoadLedger()
    {
        _state = new ScoresheetState();
        _ledger = new LedgerWriter(ledgerStore, clock.Time, LedgerStreams.Scoresheet(SheetKey));
        foreach (var row in await _ledger.LoadAsync())
        {
            Apply(row.Record);
        }
    }

    private void ForgetLedgerState() => _loading.Forget();

    /// <summary>
    /// Published results change only through an appeal the arbitration group upheld for this competitor. The status is
    /// read afresh (this sheet's cached context may not have heard of a publication yet); the refusal is raised with the
    /// command's other checks, so a correction stored before publication and resent after it gets its receipt.
    /// </summary>
    private async Task<Refusal?> AppealMissingAfterPublication(Guid? appealId)
    {
        var (eventKey, competitorId) = Keys.SplitScoresheet(SheetKey);
        if ((await GrainFactory.GetGrain<IEventGrain>(eventKey).Get()).Status != EventStatus.Published)
        {
            return null;
        }

        var appeals = appealId is null ? [] : await GrainFactory.GetGrain<IEventAppealsGrain>(eventKey).List();
        return appeals.Any(a => a.Id == appealId && a.CompetitorId == competitorId && a.Status == AppealStatus.Upheld)
            ? null
            : Refusal.Conflict("appeal-required", "Published results are corrected only for an upheld appeal: give its id.");
    }

    private static string WithAppeal(string reason, Guid? appealId) => appealId is { } id ? $"{reason} [appeal {id}]" : reason;

    /// <summary>The sheet as the rules see it: the event's configuration for this competitor and the ledger's fold.</summary>
    private SheetSituation Situation => new(
        _context!.Status, _context.ChiefJudgeId, _rules!, _context.AspectsByJudge, _context.RecusalReasons,
        _state.Marks, _state.SubmittedBy, (aspectId, judgeId) => _state.RemarkRequests.ContainsKey((aspectId, judgeId)), _state.Attendance);

    private static void RequireSound(LedgerRecord draft)
    {
        if (LedgerEntryRules.Check(draft) is { } problem)
        {
            throw CompetitionRuleException.Invalid(problem.Code, problem.Reason);
        }
    }

}
