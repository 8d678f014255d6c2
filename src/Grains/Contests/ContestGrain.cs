using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Text;
using Competitions.Domain.Validation;

namespace Competitions.Grains.Contests;

public sealed class ContestGrain(
    [PersistentState("contest", StorageNames.Configuration)] IPersistentState<ContestState> state) : Grain, IContestGrain
{
    public async Task Define(ContestDefinition definition)
    {
        if (definition.Id != this.GetPrimaryKeyString() || !Keys.IsValidId(definition.Id))
        {
            throw CompetitionRuleException.Invalid("contest-id", "The contest id must match the address and be 1–64 letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(definition.Name) || definition.EndsOn < definition.StartsOn)
        {
            throw CompetitionRuleException.Invalid("contest-definition", "A contest needs a name, and it cannot end before it starts.");
        }

        var text = new[] { FreeText.Check("The contest name", definition.Name, FreeText.NameMax), FreeText.Check("The time zone", definition.TimeZone, FreeText.LabelMax) }
            .Concat(definition.Venues.Select(v => FreeText.Check("A venue", v, FreeText.NameMax)))
            .Concat((definition.Delegations ?? []).Select(d => FreeText.Check("A delegation", d, FreeText.NameMax)))
            .OfType<FieldProblem>().FirstOrDefault();
        if (text is not null)
        {
            throw CompetitionRuleException.Invalid(text.Code, text.Reason);
        }

        var redefined = state.State.Definition is not null;
        state.State.Definition = definition;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IContestDirectoryGrain>(0).Register(definition);
        if (redefined)
        {
            // A new contest's board starts when first viewed, from the definition as it then stands.
            await GrainFactory.GetGrain<IContestBoardGrain>(definition.Id).ApplyDefinition(definition);
        }
    }

    public async Task<ContestView> SetMedalCounting(MedalCounting counting)
    {
        var definition = RequireDefinition() with { MedalCounting = counting };
        state.State.Definition = definition;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IContestBoardGrain>(definition.Id).ApplyDefinition(definition);
        return await Get();
    }

    public Task<bool> Exists() => Task.FromResult(state.State.Definition is not null);

    public Task<ContestView> Get() => Task.FromResult(new ContestView(
        RequireDefinition(), [.. state.State.EventCodes], [.. state.State.JudgeIds]));

    public async Task RegisterEvent(string eventCode)
    {
        RequireDefinition();
        if (state.State.EventCodes.Add(eventCode))
        {
            await state.WriteStateAsync();
            await GrainFactory.GetGrain<IContestBoardGrain>(this.GetPrimaryKeyString()).AddEvent(eventCode);
        }
    }

    public async Task RegisterJudge(string judgeId)
    {
        RequireDefinition();
        if (state.State.JudgeIds.Add(judgeId))
        {
            await state.WriteStateAsync();
        }
    }

    private ContestDefinition RequireDefinition() => state.State.Definition
        ?? throw CompetitionRuleException.NotFound("contest-not-found", $"Contest {this.GetPrimaryKeyString()} does not exist.");
}
