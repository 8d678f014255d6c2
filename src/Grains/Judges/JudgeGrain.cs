using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Scoresheets;
using Competitions.Contracts.Sessions;
using Competitions.Domain.Text;

namespace Competitions.Grains.Judges;

public sealed class JudgeGrain(
    [PersistentState("judge", StorageNames.Configuration)] IPersistentState<JudgeState> state) : Grain, IJudgeGrain
{
    private string ContestId => this.GetPrimaryKeyString().Split('/')[0];

    public async Task Define(JudgeProfile profile)
    {
        var key = this.GetPrimaryKeyString();
        var contestId = ContestId;
        if (Keys.Judge(contestId, profile.Id) != key || !Keys.IsValidId(profile.Id))
        {
            throw CompetitionRuleException.Invalid("judge-id", "The judge id must match the address and be 1–64 letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(profile.Name) || string.IsNullOrWhiteSpace(profile.Organisation))
        {
            throw CompetitionRuleException.Invalid("judge-profile", "A judge needs a name and an organisation (recusals depend on it).");
        }

        if ((FreeText.Check("The name", profile.Name, FreeText.NameMax) ?? FreeText.Check("The organisation", profile.Organisation, FreeText.NameMax)) is { } text)
        {
            throw CompetitionRuleException.Invalid(text.Code, text.Reason);
        }

        await GrainFactory.GetGrain<IContestGrain>(contestId).RegisterJudge(profile.Id);
        state.State.Profile = profile;
        await state.WriteStateAsync();
    }

    public Task<bool> Exists() => Task.FromResult(state.State.Profile is not null);

    public Task<JudgeProfile> Get() => Task.FromResult(state.State.Profile
        ?? throw CompetitionRuleException.NotFound("judge-not-found", $"Judge {this.GetPrimaryKeyString()} does not exist."));

    public async Task SetAssignment(string eventKey, bool assigned)
    {
        var changed = assigned ? state.State.EventKeys.Add(eventKey) : state.State.EventKeys.Remove(eventKey);
        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetAssignments() => Task.FromResult<IReadOnlyList<string>>([.. state.State.EventKeys]);

    public async Task<JudgeWorkload> GetWorkload()
    {
        var profile = await Get();
        var contestId = ContestId;
        var events = await Task.WhenAll(state.State.EventKeys.Select(async eventKey =>
        {
            JudgeEventAssignment assignment;
            try
            {
                assignment = await GrainFactory.GetGrain<IEventGrain>(eventKey).GetJudgeAssignment(profile.Id);
            }
            catch (CompetitionRuleException e) when (e.Kind == ProblemKind.NotFound)
            {
                // Taken off the event's panels since this list was written: nothing to show for it.
                return null;
            }

            var sheets = await Task.WhenAll(assignment.Competitors.Select(c =>
                GrainFactory.GetGrain<IScoresheetGrain>(Keys.Scoresheet(eventKey, c.Id)).GetJudgeView(profile.Id)));
            return new JudgeEventWork(assignment, sheets);
        }));
        return new JudgeWorkload(contestId, profile, [.. events.OfType<JudgeEventWork>()]);
    }

    public async Task AddSession(string tokenHash)
    {
        state.State.SessionHashes.Add(tokenHash);
        await state.WriteStateAsync();
    }

    public async Task<int> RevokeSessions()
    {
        var sessions = state.State.SessionHashes;
        await Task.WhenAll(sessions.Select(hash => GrainFactory.GetGrain<IJudgeSessionGrain>(hash).Revoke()));
        state.State.SessionHashes = [];
        await state.WriteStateAsync();
        return sessions.Count;
    }
}
