using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Registry;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Competitors;
using Competitions.Domain.Draws;
using Competitions.Domain.Ledger;
using Competitions.Domain.Retention;
using Competitions.Domain.Sessions;
using Competitions.Domain.Text;
using Competitions.Domain.Validation;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;
using Competitions.Grains.Leaderboards;
using Competitions.Grains.Ledger;
using Competitions.Grains.Registry;

namespace Competitions.Grains.Events;

public sealed class EventGrain(
    [PersistentState("event", StorageNames.Configuration)] IPersistentState<EventState> state,
    ILedgerStore ledgerStore,
    ContestClock clock,
    PersonRegistryKey registryKey) : Grain, IEventGrain
{
    private LedgerWriter? _ledger;

    private string EventKey => this.GetPrimaryKeyString();

    private EventState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Definition is null)
        {
            return;
        }

        var erased = await FoldStatusFromLedgerAsync();
        // An erasure stored in the ledger just before its state write was lost still holds: the numbers go now.
        var forgot = erased && await ForgetIdNumbersAsync() > 0;
        // Events defined before public rows were keyed get their secret once, before any board asks for it.
        if (S.PublicRowSecret is null || forgot)
        {
            S.PublicRowSecret ??= PublicRowKey.NewSecret();
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task Define(EventDefinition definition)
    {
        var (contestId, eventCode) = Keys.SplitEvent(EventKey);
        if (definition.Code != eventCode)
        {
            throw CompetitionRuleException.Invalid("event-code", $"The event code {definition.Code} does not match the address {eventCode}.");
        }

        RejectIfInvalid("event-definition", definition.Validate());
        if (S.Status is EventStatus.Locked or EventStatus.Published)
        {
            throw CompetitionRuleException.Conflict("event-locked", "A locked or published event's rules cannot change.");
        }

        if (S.Definition is null)
        {
            if (!await GrainFactory.GetGrain<IContestGrain>(contestId).Exists())
            {
                throw CompetitionRuleException.NotFound("contest-not-found", $"Contest {contestId} does not exist.");
            }

            await GrainFactory.GetGrain<IContestGrain>(contestId).RegisterEvent(eventCode);
        }

        S.Definition = definition;
        S.PublicRowSecret ??= PublicRowKey.NewSecret();
        await state.WriteStateAsync();
        ConfigurationChanged();
    }

    public async Task<EventView> ReviseScheme(Caller caller, MarkingSchemeDefinition scheme, string reason)
    {
        RequireDefinition();
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers revise a marking scheme.");
        }

        if (S.Status != EventStatus.Scoring)
        {
            throw CompetitionRuleException.Conflict("scheme-revision", "A scheme is revised during marking; before it, save it as usual; after lock, it is final.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw CompetitionRuleException.Invalid("reason-required", "A scheme revision needs a reason.");
        }

        RejectIfInvalid("scheme-invalid", [.. scheme.Validate(), .. scheme.RevisionProblems(S.Scheme)]);
        // Nothing changes here until the row is durable: a failed append leaves the version as it was.
        var version = S.SchemeVersion + 1;
        await EventLedger.AppendAsync(new LedgerRecord(
            string.Empty, 0, Guid.NewGuid(), LedgerKinds.SchemeRevised, EventKey, null, null, null, caller.Id, null,
            version, version - 1, $"version {version}, max {scheme.MaxTotal}: {reason.Trim()}", default));
        S.SchemeVersion = version;
        S.Scheme = scheme;
        await state.WriteStateAsync();
        ConfigurationChanged();
        return await Get();
    }

    public async Task SetScheme(MarkingSchemeDefinition scheme)
    {
        RequireDefinition();
        if (S.Status != EventStatus.Setup)
        {
            throw CompetitionRuleException.Conflict("scheme-locked", "The marking scheme is locked once marking has started.");
        }

        RejectIfInvalid("scheme-invalid", scheme.Validate());
        S.Scheme = scheme;
        await state.WriteStateAsync();
        ConfigurationChanged();
    }

    public async Task RegisterCompetitors(IReadOnlyList<CompetitorEntry> competitors)
    {
        RequireDefinition();
        if (S.Status is EventStatus.Locked or EventStatus.Published)
        {
            throw CompetitionRuleException.Conflict("event-locked", "Competitors cannot be added to a locked or published event.");
        }

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < competitors.Count; i++)
        {
            var c = competitors[i];
            if (!Keys.IsValidId(c.Id) || !seen.Add(c.Id))
            {
                problems.Add($"Competitor {i + 1}: the id '{c.Id}' is malformed or repeated.");
            }

            if (string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Organisation))
            {
                problems.Add($"Competitor {i + 1} ({c.Id}): a name and an organisation are required.");
            }

            problems.AddRange(new[]
            {
                FreeText.Check("the name", c.Name, FreeText.NameMax),
                FreeText.Check("the organisation", c.Organisation, FreeText.NameMax),
                FreeText.Check("the delegation", c.Delegation, FreeText.NameMax),
                FreeText.Check("the blind code", c.BlindCode, FreeText.LabelMax),
                FreeText.Check("the theory code", c.TheoryCode, FreeText.LabelMax),
                FreeText.Check("the current level", c.CurrentLevel, FreeText.NameMax),
            }.OfType<FieldProblem>().Select(p => $"Competitor {i + 1} ({c.Id}): {p.Reason}"));

            if (c.IdNumber is not null && IdNumber.Problem(c.IdNumber) is { } idProblem)
            {
                problems.Add($"Competitor {i + 1} ({c.Id}): {idProblem}");
            }

            if (PersonalDataRetention.CompetitorIdProblem(c.Id, c.IdNumber) is { } keyProblem)
            {
                problems.Add($"Competitor {i + 1}: {keyProblem}");
            }
        }

        // A blind code keys a codes-only public board's rows and names a competitor to his judges: one per competitor.
        var codes = S.Competitors.Values.Where(c => !seen.Contains(c.Id)).Concat(competitors)
            .Where(c => !string.IsNullOrEmpty(c.BlindCode)).GroupBy(c => c.BlindCode, StringComparer.Ordinal);
        problems.AddRange(codes.Where(g => g.Count() > 1).Select(g => $"The blind code {g.Key} is given to more than one competitor."));
        RejectIfInvalid("competitors-invalid", problems);
        var entered = await WithCarriedLevelsAsync(competitors);
        // A corrected ID number moves the entry to another person: the one it named before loses it.
        var renumbered = entered
            .Select(c => (c.Id, Was: S.Competitors.GetValueOrDefault(c.Id)?.IdNumber, Now: c.IdNumber))
            .Where(c => c.Was is not null && (c.Now is null || registryKey.PersonOf(c.Was) != registryKey.PersonOf(c.Now)))
            .ToList();
        foreach (var competitor in entered)
        {
            S.Competitors[competitor.Id] = competitor;
        }

        await state.WriteStateAsync();
        ConfigurationChanged();
        // After the roster is stored: a lost link is made again by registering the roster again, never the reverse.
        await Task.WhenAll(renumbered.Select(c => Person(c.Was!).Unlink(EventKey, c.Id)));
        await Task.WhenAll(entered.Where(c => c.IdNumber is not null).Select(c =>
            Person(c.IdNumber!).Link(EventKey, c.Id, c.Name, IdNumber.Mask(IdNumber.Normalise(c.IdNumber!)), c.CurrentLevel)));
    }

    /// <summary>A competitor entered with an ID number and no level takes the level his history carries, if any.</summary>
    private async Task<CompetitorEntry[]> WithCarriedLevelsAsync(IReadOnlyList<CompetitorEntry> competitors) =>
        await Task.WhenAll(competitors.Select(async c => c.IdNumber is null || !string.IsNullOrWhiteSpace(c.CurrentLevel)
            ? c
            : c with { CurrentLevel = (await Person(c.IdNumber).GetHistory())?.CarriedLevel }));

    private IPersonGrain Person(string idNumber) => GrainFactory.GetGrain<IPersonGrain>(registryKey.PersonOf(idNumber));

    public async Task SetPanels(PanelSetup setup)
    {
        RequireDefinition();
        if (S.Scheme.Criteria.Count == 0)
        {
            throw CompetitionRuleException.Conflict("scheme-missing", "Set the marking scheme before the panels: panels mark its criteria and aspects.");
        }

        var (contestId, _) = Keys.SplitEvent(EventKey);
        var criterionIds = S.Scheme.Criteria.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var aspectIds = S.Scheme.Aspects.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var panel in setup.Panels)
        {
            problems.AddRange(panel.CriterionIds.Where(id => !criterionIds.Contains(id)).Select(id => $"Panel {panel.Id}: unknown criterion {id}."));
            problems.AddRange(panel.AspectIds.Where(id => !aspectIds.Contains(id)).Select(id => $"Panel {panel.Id}: unknown aspect {id}."));
        }

        // The chief judge is recorded with the panel judges so his tablet lists the event too.
        var judgeIds = setup.Panels.SelectMany(p => p.JudgeIds).Append(setup.ChiefJudgeId).OfType<string>().Distinct().ToList();
        var organisations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var judgeId in judgeIds)
        {
            var judge = GrainFactory.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId));
            if (await judge.Exists())
            {
                organisations[judgeId] = (await judge.Get()).Organisation;
            }
            else
            {
                problems.Add($"Judge {judgeId} does not exist in contest {contestId}.");
            }
        }

        RejectIfInvalid("panels-invalid", problems);
        var previous = S.JudgeOrganisations.Keys.ToList();
        S.Panels = setup;
        S.JudgeOrganisations = organisations;
        await state.WriteStateAsync();

        foreach (var judgeId in previous.Union(judgeIds))
        {
            await GrainFactory.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).SetAssignment(EventKey, organisations.ContainsKey(judgeId));
        }

        ConfigurationChanged();
    }

    public async Task AddRecusal(Recusal recusal)
    {
        RequireDefinition();
        if (!S.Competitors.ContainsKey(recusal.CompetitorId) || !S.JudgeOrganisations.ContainsKey(recusal.JudgeId))
        {
            throw CompetitionRuleException.NotFound("recusal-unknown", "A recusal needs a competitor of this event and a judge on one of its panels.");
        }

        if (string.IsNullOrWhiteSpace(recusal.Reason))
        {
            throw CompetitionRuleException.Invalid("recusal-reason", "A recusal needs a reason.");
        }

        S.Recusals.RemoveAll(r => r.JudgeId == recusal.JudgeId && r.CompetitorId == recusal.CompetitorId);
        S.Recusals.Add(recusal);
        await state.WriteStateAsync();
        GrainFactory.GetGrain<IScoresheetGrain>(Keys.Scoresheet(EventKey, recusal.CompetitorId)).RefreshContext().Ignore();
    }

    public async Task<EventView> ChangeStatus(Caller caller, EventStatus target)
    {
        RequireDefinition();
        var isChief = caller.Role == CallerRole.Judge && caller.Id == S.Panels.ChiefJudgeId;
        var actor = caller.ToActor();
        if (EventWorkflow.IsResend(S.Status, target, actor, isChief))
        {
            // A resend of a transition already made (its answer was lost) gets the same answer, not a refusal.
            return await Get();
        }

        CompetitionRuleException.ThrowIf(EventWorkflow.Transition(S.Status, target, actor, isChief));
        if (target == EventStatus.Scoring)
        {
            RequireReadyToScore();
        }

        if (target == EventStatus.Locked)
        {
            await RequireComplete();
        }

        try
        {
            var row = await EventLedger.AppendAsync(new LedgerRecord(
                string.Empty, 0, StatusEntryId(target), LedgerKinds.EventStatusChanged, EventKey, null, null, null, caller.Id, null,
                (int)target, (int)S.Status, $"{S.Status} → {target}", default));
            ApplyStatus(row.Record);
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry)
        {
            // Stored by an earlier attempt whose answer or state write was lost: the ledger says what happened.
            await FoldStatusFromLedgerAsync();
        }

        await state.WriteStateAsync();
        ConfigurationChanged();
        return await Get();
    }

    /// <summary>
    /// The workflow status is the fold of the event's ledger stream: a status row stored just before a state write
    /// failed still counts, so an event whose lock is in the ledger never takes marks again. Returns whether the
    /// stream records an erasure of personal data.
    /// </summary>
    private async Task<bool> FoldStatusFromLedgerAsync()
    {
        _ledger = null;
        var erased = false;
        foreach (var row in await EventLedger.LoadAsync())
        {
            if (row.Record.Kind == LedgerKinds.EventStatusChanged)
            {
                ApplyStatus(row.Record);
            }

            erased |= row.Record.Kind == LedgerKinds.PersonalDataErased;
        }

        return erased;
    }

    private void ApplyStatus(LedgerRecord statusChanged)
    {
        S.Status = (EventStatus)(int)statusChanged.Value!.Value;
        if (S.Status == EventStatus.Published)
        {
            S.PublishedAt = statusChanged.RecordedAt;
        }
    }

    /// <summary>
    /// Each status is entered once in an event's life (Setup → Scoring → Locked → Published), so its row's id follows
    /// from the event and the status: a retried transition can never be stored twice.
    /// </summary>
    private Guid StatusEntryId(EventStatus target) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{EventKey}/status/{target}"))[..16]);

    public async Task<Publication> SetPublicBoard(Caller caller, PublicBoardMode mode)
    {
        RequireDefinition();
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers freeze or release the public board.");
        }

        if (!Enum.IsDefined(mode))
        {
            // An unknown mode must never fall through to the most permissive one and lift an embargo.
            throw CompetitionRuleException.Invalid("board-mode-unknown", $"Public board mode {(int)mode} is not Live, Frozen or Hidden.");
        }

        var leaderboard = GrainFactory.GetGrain<ILeaderboardGrain>(EventKey);
        // The frozen rows are kept here, persisted, so a restarted board still shows the public what it showed.
        var frozen = mode == PublicBoardMode.Frozen
            ? S.Publication.Mode == PublicBoardMode.Frozen ? S.Publication.FrozenRows : (await leaderboard.GetPublic()).Rows
            : [];
        S.Publication = new Publication(mode, frozen, clock.Now);
        await state.WriteStateAsync();
        await leaderboard.ApplyPublication(S.Publication);
        return S.Publication;
    }

    public async Task<PersonalDataErasure> ErasePersonalData(Caller caller)
    {
        RequireDefinition();
        var view = await Get();
        var appeals = await GrainFactory.GetGrain<IEventAppealsGrain>(EventKey).List();
        CompetitionRuleException.ThrowIf(PersonalDataRetention.Erasure(
            caller.ToActor(), S.Status, view.FinalFrom, appeals.Count(a => a.Status == AppealStatus.Open), clock.Now));

        // One erasure per event (nothing can be registered after publication), so its row's id follows from the event:
        // a repeat, or a retry after a lost answer, finds the row instead of recording a second erasure.
        var entryId = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{EventKey}/personal-data-erased"))[..16]);
        var fields = string.Join(",", PersonalDataRetention.ErasedFields);
        ChainedLedgerRecord row;
        try
        {
            // The row says what, how many, who and when; it holds no erased value, so the chain never needs them.
            var count = S.Competitors.Values.Count(c => c.IdNumber is not null);
            row = await EventLedger.AppendAsync(new LedgerRecord(
                string.Empty, 0, entryId, LedgerKinds.PersonalDataErased, EventKey, null, null, null, caller.Id, null,
                count, null, $"erased {fields} of {count} competitors", default));
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry)
        {
            _ledger = null;
            row = await ledgerStore.FindAsync(entryId) ?? throw new InvalidOperationException($"Erasure entry {entryId} conflicted but cannot be found.");
        }

        // Sheets and boards are not told: their contexts never carried the numbers, and results must not move.
        if (await ForgetIdNumbersAsync() > 0)
        {
            await state.WriteStateAsync();
        }

        var r = row.Record;
        return new PersonalDataErasure(PersonalDataRetention.ErasedFields, (int)r.Value!.Value, r.RecordedAt, r.ActorId, r.EntryId, r.Sequence);
    }

    /// <summary>
    /// Drops every ID number from the roster, and first the persons' links to this event (once the numbers are gone
    /// nothing could find those persons again); returns how many numbers there were.
    /// </summary>
    private async Task<int> ForgetIdNumbersAsync()
    {
        var holders = S.Competitors.Values.Where(c => c.IdNumber is not null).ToList();
        await Task.WhenAll(holders.Select(c => c.IdNumber!).DistinctBy(registryKey.PersonOf, StringComparer.Ordinal)
            .Select(idNumber => Person(idNumber).Unlink(EventKey)));
        foreach (var competitor in holders)
        {
            S.Competitors[competitor.Id] = competitor with { IdNumber = null };
        }

        return holders.Count;
    }

    public async Task<DrawResult> DrawLots(Caller caller, DrawRequest request)
    {
        RequireDefinition();
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers draw lots.");
        }

        // Stations and codes are what judges and boards see once marking starts; they cannot move under them.
        if (S.Status != EventStatus.Setup)
        {
            throw CompetitionRuleException.Conflict("draw-closed", $"Lots are drawn before marking starts; the event is {S.Status}.");
        }

        if (S.Competitors.Count == 0)
        {
            throw CompetitionRuleException.Conflict("draw-no-competitors", "Enter the competitors before drawing lots.");
        }

        if (S.Competitors.Count > LotDraw.MaxCompetitors)
        {
            throw CompetitionRuleException.Invalid("draw-too-large", $"A draw covers at most {LotDraw.MaxCompetitors} competitors.");
        }

        var seed = string.IsNullOrWhiteSpace(request.Seed) ? LotDraw.NewSeed() : request.Seed;
        var lots = LotDraw.Draw(seed, S.Competitors.Keys, request.TheoryCodes);
        var hash = LotDraw.MappingHash(lots);

        // The ledger row comes first: a draw that is not in the ledger never reaches the roster.
        var row = await EventLedger.AppendAsync(new LedgerRecord(
            string.Empty, 0, Guid.NewGuid(), LedgerKinds.LotsDrawn, EventKey, null, null, null, caller.Id, null,
            lots.Count, null, $"seed={seed}; theory-codes={request.TheoryCodes.ToString().ToLowerInvariant()}; sha256={hash}", default));
        var entries = new List<DrawEntry>(lots.Count);
        foreach (var lot in lots)
        {
            var competitor = S.Competitors[lot.CompetitorId] with
            {
                Station = lot.Station,
                BlindCode = lot.BlindCode,
                TheoryCode = lot.TheoryCode,
                // A new draw reorders the field: the old seating no longer follows it and is dropped with it.
                Session = null,
            };
            S.Competitors[lot.CompetitorId] = competitor;
            entries.Add(new DrawEntry(lot.CompetitorId, competitor.Name, lot.Station, lot.BlindCode, lot.TheoryCode));
        }

        S.LastDraw = new DrawResult(seed, row.Record.RecordedAt, caller.Id, hash, entries);
        await state.WriteStateAsync();
        ConfigurationChanged();
        return S.LastDraw;
    }

    public Task<DrawResult> GetDraw(Caller caller)
    {
        RequireDefinition();
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers see which competitor has which code.");
        }

        return Task.FromResult(S.LastDraw ?? throw CompetitionRuleException.NotFound("draw-not-found", "No lots have been drawn for this event."));
    }

    public async Task<EventSchedule> AssignSessions(Caller caller, SessionPlanRequest request)
    {
        var definition = RequireDefinition();
        var draw = S.LastDraw;
        var drawCoversRoster = draw is not null && draw.Entries.Count == S.Competitors.Count && draw.Entries.All(e => S.Competitors.ContainsKey(e.CompetitorId));
        CompetitionRuleException.ThrowIf(SessionPlan.Opening(caller.ToActor(), S.Status, drawCoversRoster));
        var (sessions, problem) = SessionPlan.Capacities(PlannedSessions(definition), request.Capacities ?? new Dictionary<string, int>());
        if ((problem ?? SessionPlan.Check(S.Competitors.Count, sessions, request.Stations)) is { } refused)
        {
            throw CompetitionRuleException.Invalid(refused.Code, refused.Reason);
        }

        // The draw's own stations, not the roster's: a second plan starts from the drawn order, not from the first plan.
        var seats = SessionPlan.Assign([.. draw!.Entries.OrderBy(e => e.Station).Select(e => e.CompetitorId)], sessions, request.Stations);

        // The ledger row comes first, and with the draw's hash it is enough to recompute every seat.
        await EventLedger.AppendAsync(new LedgerRecord(
            string.Empty, 0, Guid.NewGuid(), LedgerKinds.SessionsAssigned, EventKey, null, null, null, caller.Id, null, seats.Count, null,
            $"stations={request.Stations}; capacities={string.Join(",", sessions.Select(s => s.Capacity))}; "
            + $"seated={string.Join(",", sessions.Select(s => seats.Count(x => x.Session == s.Name)))}; draw-sha256={draw.MappingSha256}", default));
        foreach (var seat in seats)
        {
            S.Competitors[seat.CompetitorId] = S.Competitors[seat.CompetitorId] with { Session = seat.Session, Station = seat.Station };
        }

        await state.WriteStateAsync();
        ConfigurationChanged();
        return await GetSchedule(caller);
    }

    public async Task<EventSchedule> GetSchedule(Caller caller)
    {
        var view = await Get();
        if (!caller.IsOrganizer)
        {
            throw CompetitionRuleException.Forbidden("organizers-only", "Only organizers see the schedule with names and ids.");
        }

        return await ScheduleAsync(VisibilityPolicy.Board(BoardView.Staff, view.ToPrivacy(), BoardMode.Live));
    }

    public async Task<EventSchedule> GetPublicSchedule() => await ScheduleAsync(ScheduleVisibility.Public((await Get()).ToPrivacy()));

    private static List<PlannedSession> PlannedSessions(EventDefinition definition) =>
        [.. (definition.Sessions ?? []).Select(s => new PlannedSession(s.Name, s.StartsAt, s.EndsAt))];

    /// <summary>The schedule as <paramref name="shown"/> allows, live from the board's seat states at the contest's wall-clock time.</summary>
    private async Task<EventSchedule> ScheduleAsync(BoardVisibility shown)
    {
        var definition = S.Definition!;
        var (progress, states, now) = await DayAsync();
        var seated = S.Competitors.Values.Where(c => c.Session is not null && c.Station is not null).ToList();
        // Names were not always required to differ; a repeated one shows its first plan.
        var planned = (definition.Sessions ?? []).GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sessions = progress.Sessions.DistinctBy(pace => pace.Name).Select(pace =>
        {
            var plan = planned[pace.Name];
            var seats = seated.Where(c => c.Session == pace.Name).OrderBy(c => c.Station)
                .Select(c => new ScheduledSeat(
                    c.Station!.Value, states.GetValueOrDefault(c.Id), shown.InternalIds ? c.Id : null, shown.Names ? c.Name : null,
                    shown.BlindCodes ? c.BlindCode : null, shown.Organisations ? c.Organisation : null))
                .ToList();
            return new ScheduledSession(pace.Name, plan.StartsAt, plan.EndsAt, plan.Venue ?? definition.Venue, pace.Finished, pace.MinutesLate, seats);
        });
        return new EventSchedule(definition.Code, definition.Name, now, progress.Current, progress.Next, shown.Names, shown.BlindCodes, [.. sessions]);
    }

    /// <summary>The day's progress now, in the contest's wall-clock time, from the seat states the board keeps in memory.</summary>
    private async Task<(DayProgress Progress, IReadOnlyDictionary<string, SeatState> States, DateTime Now)> DayAsync()
    {
        var contest = await GrainFactory.GetGrain<IContestGrain>(Keys.SplitEvent(EventKey).ContestId).Get();
        var states = await GrainFactory.GetGrain<ILeaderboardGrain>(EventKey).GetSeatStates();
        var now = contest.Definition.WallClock(clock.Now);
        var seats = S.Competitors.Values.Where(c => c.Session is not null && c.Station is not null)
            .Select(c => new SeatProgress(c.Session!, c.Station!.Value, states.GetValueOrDefault(c.Id)));
        return (SessionProgress.At(PlannedSessions(S.Definition!), [.. seats], now), states, now);
    }

    public Task<Publication> GetPublication() => Task.FromResult(S.Publication);

    public Task<string> GetPublicRowSecret()
    {
        RequireDefinition();
        return Task.FromResult(S.PublicRowSecret!);
    }

    public Task<EventView> Get() => Task.FromResult(new EventView(
        Keys.SplitEvent(EventKey).ContestId, RequireDefinition(), S.Scheme, S.Status, S.Competitors.Count, S.Panels, [.. S.Recusals], S.PublishedAt, S.SchemeVersion));

    public Task<IReadOnlyList<CompetitorEntry>> GetRoster()
    {
        RequireDefinition();
        return Task.FromResult<IReadOnlyList<CompetitorEntry>>([.. S.Competitors.Values.OrderBy(c => c.Id, StringComparer.Ordinal)]);
    }

    public Task<ScoringContext> GetScoringContext(string competitorId)
    {
        var definition = RequireDefinition();
        return S.Competitors.TryGetValue(competitorId, out var competitor)
            ? Task.FromResult(EventProjections.ScoringContext(S, EventProjections.AspectsByJudge(S), competitor))
            : throw CompetitionRuleException.NotFound("competitor-not-found", $"Competitor {competitorId} is not entered in event {definition.Code}.");
    }

    public Task<IReadOnlyList<ScoringContext>> GetScoringContexts()
    {
        RequireDefinition();
        return Task.FromResult(EventProjections.ScoringContexts(S));
    }

    public async Task<JudgeEventAssignment> GetJudgeAssignment(string judgeId)
    {
        var definition = RequireDefinition();
        // Only a seated event asks the board and the contest for the day's progress; an unseated one has no session.
        var current = S.Competitors.Values.Any(c => c.Session is not null) ? (await DayAsync()).Progress.Current : null;
        return EventProjections.JudgeAssignment(S, judgeId, current)
            ?? throw CompetitionRuleException.NotFound("not-assigned", $"Judge {judgeId} does not work on event {definition.Code}.");
    }

    public async Task<CheckInList> GetCheckIn(Caller caller)
    {
        RequireDefinition();
        CompetitionRuleException.ThrowIf(CheckInRules.Staff(caller.ToActor(), S.Panels.ChiefJudgeId));
        var attendance = await GrainFactory.GetGrain<ILeaderboardGrain>(EventKey).GetAttendance();
        var names = await NamesShownToAsync(caller);
        return CheckInList.Of([.. S.Competitors.Values
            .OrderBy(c => c.Station ?? int.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => CheckInEntryOf(c, attendance.GetValueOrDefault(c.Id), names))]);
    }

    public async Task<CheckInOutcome> CheckIn(Caller caller, CheckInCommand command)
    {
        RequireDefinition();
        // Refused before the lookup, so no one else learns from its answers who is entered under which key.
        CompetitionRuleException.ThrowIf(CheckInRules.Desk(caller.ToActor(), S.Panels.ChiefJudgeId, S.Status));
        // Stations repeat in every session: a station number is read in the session running now, or the next.
        var day = S.Competitors.Values.Any(c => c.Session is not null) ? (await DayAsync()).Progress : null;
        var (match, notFound) = CompetitorLookup.Find(
            S.Competitors.Values.Select(c => new RosterKeys(c.Id, c.Station, c.BlindCode, c.IdNumber, c.Session)), command.Find, day?.Current ?? day?.Next);
        CompetitionRuleException.ThrowIf(notFound);
        var competitor = S.Competitors[match!.Competitor.CompetitorId];
        var receipt = await Sheet(competitor.Id).RecordAttendance(caller,
            new AttendanceCommand(command.EntryId, AttendanceAction.CheckIn, $"found by {match.By}", command.DeviceId));
        var attendance = AttendanceLedger.After(receipt.Kind) ?? Attendance.Unknown;
        return new CheckInOutcome(CheckInEntryOf(competitor, attendance, await NamesShownToAsync(caller)), receipt, receipt.EntryId != command.EntryId);
    }

    public async Task<AbsenceSweep> MarkWaitingAbsent(Caller caller, Guid entryId)
    {
        RequireDefinition();
        CompetitionRuleException.ThrowIf(CheckInRules.Desk(caller.ToActor(), S.Panels.ChiefJudgeId, S.Status));
        if (entryId == Guid.Empty)
        {
            throw CompetitionRuleException.Invalid("entry-id-empty", "The entry id is all zeros; every command needs its own id, made once on the device.");
        }

        // Every sheet decides for itself: only the sheet knows, in order with its marks, whether it is still waiting.
        // Each answers with the code that kept its competitor as he was, or null when it marked him absent.
        var kept = await Task.WhenAll(S.Competitors.Keys.Select(async competitorId =>
        {
            var command = new AttendanceCommand(DerivedEntryId(entryId, competitorId), AttendanceAction.MarkAbsent, "not checked in when check-in ended");
            try
            {
                await Sheet(competitorId).RecordAttendance(caller, command);
                return null;
            }
            catch (CompetitionRuleException refused) when (refused.Code is "already-present" or "already-absent" or "attendance-has-marks")
            {
                return refused.Code;
            }
        }));
        return new AbsenceSweep(kept.Count(code => code is null), kept.Count(code => code == "attendance-has-marks"));
    }

    /// <summary>What the desk shows of a competitor: the name and masked ID number only to those who may see names.</summary>
    private static CheckInEntry CheckInEntryOf(CompetitorEntry competitor, Attendance attendance, bool names) => new(
        competitor.Id, competitor.Station, competitor.BlindCode,
        names ? competitor.Name : null, names ? IdNumber.Mask(competitor.IdNumber) : null, attendance);

    private async Task<bool> NamesShownToAsync(Caller caller)
    {
        var view = await Get();
        return VisibilityPolicy.Decide(view.ViewerOf(caller), view.ToPrivacy(), BoardMode.Live).Names;
    }

    /// <summary>One command's row in each sheet: a resent command finds its rows instead of storing new ones.</summary>
    private static Guid DerivedEntryId(Guid entryId, string competitorId) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{entryId:N}/{competitorId}"))[..16]);

    private IScoresheetGrain Sheet(string competitorId) => GrainFactory.GetGrain<IScoresheetGrain>(Keys.Scoresheet(EventKey, competitorId));

    private void RequireReadyToScore()
    {
        var problems = new List<string>();
        if (S.Scheme.Criteria.Count == 0)
        {
            problems.Add("the event has no marking scheme");
        }

        if (S.Competitors.Count == 0)
        {
            problems.Add("no competitors are entered");
        }

        if (S.Panels.Panels.Count == 0)
        {
            problems.Add("no judge panel is set");
        }

        var criteria = S.Scheme.Criteria.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(S.Definition!.TieBreakRules
            .Where(t => t.CriterionId is not null && !criteria.Contains(t.CriterionId))
            .Select(t => $"the tie-break names unknown criterion {t.CriterionId}"));
        if (problems.Count > 0)
        {
            throw CompetitionRuleException.Conflict("not-ready", $"Marking cannot start: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>
    /// Every sheet is complete, as the ledger says (not a board's cache): read here, so a lock never waits on the
    /// leaderboard, which itself reads this event.
    /// </summary>
    private async Task RequireComplete()
    {
        var standings = (await LedgerStandings.ReadAsync(ledgerStore, EventKey, S.Scheme, EventProjections.ScoringContexts(S))).Standings;
        var open = standings.Where(s => !s.IsComplete).ToList();
        if (open.Count > 0)
        {
            var theoryNeeded = S.Definition!.TheoryPercent > 0m;
            var figures = new Dictionary<string, int>
            {
                ["incompleteSheets"] = open.Count,
                ["missingMarks"] = open.Sum(s => s.MissingMarks),
                ["missingTheory"] = theoryNeeded ? open.Count(s => s.Theory is null) : 0,
                ["openDisputes"] = open.Sum(s => s.OpenDisputes),
            };
            // Named by blind code where there is one: a chief judge who marks must not learn who is behind it.
            var examples = string.Join(", ", open.Take(5).Select(s => S.Competitors[s.CompetitorId].BlindCode ?? s.CompetitorId));
            throw CompetitionRuleException.Conflict(
                "event-incomplete",
                $"The event cannot be locked: {open.Count} score sheets are incomplete ({figures["missingMarks"]} marks missing, "
                + $"{figures["missingTheory"]} theory scores missing, {figures["openDisputes"]} open disputes), e.g. {examples}.")
                .WithFigures(figures);
        }
    }

    /// <summary>The event's own ledger stream: status changes, draws, scheme revisions.</summary>
    private LedgerWriter EventLedger => _ledger ??= new LedgerWriter(ledgerStore, clock.Time, LedgerStreams.Event(EventKey));

    /// <summary>Score sheets and the leaderboard cache the configuration; tell them it changed (one-way, never awaited).</summary>
    private void ConfigurationChanged()
    {
        foreach (var competitorId in S.Competitors.Keys)
        {
            GrainFactory.GetGrain<IScoresheetGrain>(Keys.Scoresheet(EventKey, competitorId)).RefreshContext().Ignore();
        }

        GrainFactory.GetGrain<ILeaderboardGrain>(EventKey).Rebuild().Ignore();
    }

    private EventDefinition RequireDefinition() => S.Definition
        ?? throw CompetitionRuleException.NotFound("event-not-found", $"Event {EventKey} does not exist.");

    private static void RejectIfInvalid(string code, IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw CompetitionRuleException.Invalid(code, string.Join(Environment.NewLine, problems));
        }
    }
}
