using System.Globalization;
using Competitions.Contracts;
using Competitions.Contracts.Advancement;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Advancement;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Ledger;
using Competitions.Domain.Ranking;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Advancement;

/// <summary>
/// Who advances into one later-round event. The list is worked out from the source events' published results through
/// <see cref="AdvancementField"/> and <see cref="Advancements"/>, stepped by <see cref="AdvancementWorkflow"/>; each step
/// is in the ledger before the state changes, and the commit's rows name every competitor, where he came from and the
/// fingerprint of the results the list was decided on.
/// </summary>
public sealed class AdvancementGrain(
    [PersistentState("advancement", StorageNames.Configuration)] IPersistentState<AdvancementState> state,
    ILedgerStore ledgerStore,
    ContestClock clock) : Grain, IAdvancementGrain
{
    private LedgerWriter? _ledger;

    private string EventKey => this.GetPrimaryKeyString();

    private AdvancementState S => state.State;

    private LedgerWriter Ledger => _ledger ??= new LedgerWriter(ledgerStore, clock.Time, LedgerStreams.Advancement(EventKey));

    public async Task<AdvancementView> Get(Caller caller)
    {
        RequireOrganizer(caller);
        var target = await TargetAsync();
        return View(target, Decide(target, await ReadSourcesAsync(target)));
    }

    public async Task<AdvancementView> Announce(Caller caller)
    {
        RequireOrganizer(caller);
        var target = await TargetAsync();
        var sources = Decide(target, await ReadSourcesAsync(target));
        CompetitionRuleException.ThrowIf(AdvancementWorkflow.Announce(S.Stage, sources.Unpublished));

        var row = await Ledger.AppendAsync(Draft(LedgerKinds.AdvancementAnnounced, caller, null, sources.Advancing.Count(),
            $"{RuleText(target)}; results-sha256={sources.Hash}"));
        S.Stage = AdvancementStage.Announced;
        S.Rows = [.. sources.Rows];
        S.ResultsHash = sources.Hash;
        S.AnnouncedAt = row.Record.RecordedAt;
        await state.WriteStateAsync();
        return View(target, sources);
    }

    public async Task<AdvancementView> Withdraw(Caller caller, AdvancementWithdrawal withdrawal)
    {
        RequireOrganizer(caller);
        CompetitionRuleException.ThrowIf(AdvancementWorkflow.Withdraw(S.Stage, withdrawal.Reason));
        var target = await TargetAsync();
        var reading = await ReadSourcesAsync(target);
        var before = Decide(target, reading);
        CompetitionRuleException.ThrowIf(AdvancementWorkflow.Decide(before.Unpublished));
        if (!before.Competitors.ContainsKey(withdrawal.CompetitorId))
        {
            throw CompetitionRuleException.NotFound("competitor-not-found", $"{withdrawal.CompetitorId} is not on this list.");
        }

        if (S.Withdrawals.ContainsKey(withdrawal.CompetitorId))
        {
            return View(target, before);
        }

        await Ledger.AppendAsync(Draft(LedgerKinds.AdvancementWithdrawal, caller, withdrawal.CompetitorId, null, withdrawal.Reason.Trim()));
        S.Withdrawals[withdrawal.CompetitorId] = withdrawal.Reason.Trim();
        var after = Decide(target, reading);
        // A list on notice shows the replacement at once; its periods do not start over for a withdrawal.
        if (S.Stage == AdvancementStage.Announced)
        {
            S.Rows = [.. after.Rows];
        }

        await state.WriteStateAsync();
        return View(target, after);
    }

    public async Task<AdvancementView> Commit(Caller caller)
    {
        RequireOrganizer(caller);
        var target = await TargetAsync();
        var sources = Decide(target, await ReadSourcesAsync(target));
        CompetitionRuleException.ThrowIf(AdvancementWorkflow.Decide(sources.Unpublished));
        CompetitionRuleException.ThrowIf(AdvancementWorkflow.Commit(
            S.Stage, clock.Now, NoticeEnds(target), S.ResultsHash, sources.Hash, sources.OpenAppeals, target.Status == EventStatus.Setup));

        var advancing = S.Rows.Where(r => Advancements.IsAdvancing(r.Status)).ToList();
        var recorded = await Ledger.LoadAsync();
        // The ledger rows come first; a commit whose rows were stored but whose roster or state write was lost finishes
        // from them without recording the commit twice.
        if (!recorded.Any(r => r.Record.Kind == LedgerKinds.AdvancementCommitted))
        {
            await Ledger.AppendGroupAsync([
                Draft(LedgerKinds.AdvancementCommitted, caller, null, advancing.Count, $"{RuleText(target)}; results-sha256={S.ResultsHash}"),
                .. advancing.Select(r => Draft(LedgerKinds.CompetitorAdvanced, caller, r.CompetitorId, r.Total,
                    string.Create(CultureInfo.InvariantCulture, $"from {r.SourceEvent}/{r.SourceCompetitorId}, rank {r.Rank}, {r.Status}"))),
            ]);
        }

        await GrainFactory.GetGrain<IEventGrain>(EventKey).RegisterCompetitors(
            [.. advancing.Select(r => sources.Competitors[r.CompetitorId])]);
        S.Stage = AdvancementStage.Committed;
        S.CommittedAt = clock.Now;
        await state.WriteStateAsync();
        // The roster written does not touch what the view shows of the target (its code, rule and periods).
        return View(target, sources);
    }

    public async Task<PublicAdvancement> GetPublic()
    {
        if (S.Stage == AdvancementStage.Draft || S.AnnouncedAt is not { } announcedAt)
        {
            throw CompetitionRuleException.NotFound("advancement-not-announced", "No advancement list has been announced for this event.");
        }

        var target = await TargetAsync();
        var (contestId, _) = Keys.SplitEvent(EventKey);
        var sources = S.Rows.Select(r => r.SourceEvent).Distinct(StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(sources.Select(source => GrainFactory.GetGrain<IEventGrain>(Keys.Event(contestId, source)).Get()));
        var shown = sources.Zip(views).ToDictionary(
            s => s.First, s => VisibilityPolicy.Board(BoardView.Public, s.Second.ToPrivacy(), BoardMode.Live), StringComparer.Ordinal);

        return new PublicAdvancement(
            target.Definition.Code, target.Definition.Name, S.Stage,
            [.. S.Rows.Where(r => r.Status != AdvancementStatus.Eliminated).Select(r => new PublicAdvancementRow(
                r.Rank,
                shown[r.SourceEvent].Names ? r.Name : r.BlindCode ?? string.Empty,
                shown[r.SourceEvent].Organisations ? r.Organisation : string.Empty,
                shown[r.SourceEvent].Organisations ? r.Delegation : string.Empty,
                r.SourceEvent, r.Total, r.Status))],
            announcedAt, NoticeUntil(target), AppealsUntil(target));
    }

    private async Task<EventView> TargetAsync()
    {
        var target = await GrainFactory.GetGrain<IEventGrain>(EventKey).Get();
        return target.Definition.Advancement is null
            ? throw CompetitionRuleException.NotFound("no-advancement", $"Event {target.Definition.Code} draws from no earlier round.")
            : target;
    }

    /// <summary>Every source at once: a final drawn from twelve venues waits for the slowest source, not for all twelve in turn.</summary>
    private async Task<SourceReading> ReadSourcesAsync(EventView target)
    {
        var sources = target.Definition.Advancement!.Sources;
        var views = await Task.WhenAll(sources.Select(code => GrainFactory.GetGrain<IEventGrain>(Keys.Event(target.ContestId, code)).Get()));
        var byCode = sources.Zip(views).ToDictionary(v => v.First, v => v.Second, StringComparer.Ordinal);
        var unpublished = views.Where(v => v.Status != EventStatus.Published).Select(v => v.Definition.Code).ToList();
        if (unpublished.Count > 0)
        {
            return new SourceReading(byCode, unpublished, [], new Dictionary<(string, string), CompetitorEntry>(), 0);
        }

        var results = await Task.WhenAll(sources.Select(async code =>
        {
            var key = Keys.Event(target.ContestId, code);
            var roster = GrainFactory.GetGrain<IEventGrain>(key).GetRoster();
            var standings = GrainFactory.GetGrain<ILeaderboardGrain>(key).GetStandings();
            var appeals = GrainFactory.GetGrain<IEventAppealsGrain>(key).List();
            return (Code: code, Roster: await roster, Standings: await standings, Appeals: await appeals);
        }));

        var entries = new List<AdvancementSourceEntry>();
        var rosters = new Dictionary<(string Source, string Id), CompetitorEntry>();
        foreach (var (code, roster, standings, _) in results)
        {
            var byId = roster.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var standing in standings)
            {
                if (byId.TryGetValue(standing.CompetitorId, out var competitor))
                {
                    rosters[(code, competitor.Id)] = competitor;
                    entries.Add(new AdvancementSourceEntry(code, competitor.Delegation, new RankingEntry(
                        standing.CompetitorId, standing.Total, standing.Practical, standing.CriterionScores, standing.TimeUsed,
                        standing.Attendance == Attendance.Absent)));
                }
            }
        }

        return new SourceReading(byCode, [], entries, rosters, results.Sum(r => r.Appeals.Count(a => a.Status == AppealStatus.Open)));
    }

    /// <summary>The list the reading gives with the withdrawals made so far.</summary>
    private SourceResults Decide(EventView target, SourceReading reading)
    {
        if (reading.Unpublished.Count > 0)
        {
            return new SourceResults(reading.Unpublished, [], new Dictionary<string, CompetitorEntry>(), reading.Views, string.Empty, 0);
        }

        var definition = target.Definition.Advancement!;
        // A round run at several venues is one field ranked by the first source's tie-breaks: the venues' events share
        // their rules.
        var field = AdvancementField.Rank(reading.Entries, reading.Views[definition.Sources[0]].Definition.TieBreakRules, S.Withdrawals.Keys.ToHashSet(StringComparer.Ordinal));
        var decisions = Advancements.Decide([.. field.Select(e => e.Candidate)], definition.ToRule());
        var competitors = new Dictionary<string, CompetitorEntry>(StringComparer.Ordinal);
        var rows = new List<AdvancementRow>(field.Count);
        for (var i = 0; i < field.Count; i++)
        {
            var (candidate, source) = (field[i].Candidate, field[i].Source);
            var competitor = reading.Rosters[(source.SourceEvent, source.Figures.CompetitorId)];
            // The next round draws its own stations and codes.
            competitors[candidate.CompetitorId] = competitor with { Id = candidate.CompetitorId, Station = null, BlindCode = null, TheoryCode = null };
            rows.Add(new AdvancementRow(
                candidate.CompetitorId, source.SourceEvent, source.Figures.CompetitorId, competitor.Name, competitor.Organisation,
                competitor.Delegation, candidate.Total, candidate.Rank, decisions[i].Status,
                S.Withdrawals.GetValueOrDefault(candidate.CompetitorId), competitor.BlindCode));
        }

        return new SourceResults([], rows, competitors, reading.Views, AdvancementField.ResultsHash(field), reading.OpenAppeals);
    }

    private AdvancementView View(EventView target, SourceResults sources)
    {
        var rows = S.Stage == AdvancementStage.Draft ? sources.Rows : S.Rows;
        var changes = S.Stage == AdvancementStage.Draft || sources.Unpublished.Count > 0
            ? new AdvancementChanges([], [])
            : AdvancementChanges.Between(S.Rows.Where(r => Advancements.IsAdvancing(r.Status)).Select(r => r.CompetitorId), sources.Advancing);
        return new AdvancementView(
            target.Definition.Code, target.Definition.Advancement!, S.Stage, rows,
            S.Stage == AdvancementStage.Draft ? sources.Hash : S.ResultsHash,
            S.AnnouncedAt, NoticeUntil(target), AppealsUntil(target), S.CommittedAt,
            changes.NowAdvancing, changes.NoLongerAdvancing,
            AdvancementWorkflow.Decide(sources.Unpublished)?.Message);
    }

    private DateTimeOffset? NoticeUntil(EventView target) => S.AnnouncedAt?.AddHours((double)target.Definition.NoticeHours);

    private DateTimeOffset? AppealsUntil(EventView target) => S.AnnouncedAt?.AddHours((double)target.Definition.AppealHours);

    private DateTimeOffset? NoticeEnds(EventView target) =>
        S.AnnouncedAt?.AddHours((double)Math.Max(target.Definition.NoticeHours, target.Definition.AppealHours));

    private static string RuleText(EventView target)
    {
        var a = target.Definition.Advancement!;
        return string.Create(CultureInfo.InvariantCulture,
            $"rule {a.Kind} places={a.Places} percent={a.Percent} minimum={a.MinimumScore} rounding={a.Rounding} ties={a.Ties}; sources={string.Join(',', a.Sources)}");
    }

    private LedgerRecord Draft(string kind, Caller caller, string? competitorId, decimal? value, string reason) =>
        new(string.Empty, 0, Guid.NewGuid(), kind, EventKey, competitorId, null, null, caller.Id, null, value, null, reason, default);

    private static void RequireOrganizer(Caller caller)
    {
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers decide who advances.");
        }
    }
}
