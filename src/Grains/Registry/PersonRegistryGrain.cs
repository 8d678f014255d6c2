using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Registry;
using Competitions.Domain.Registry;
using Orleans.Concurrency;

namespace Competitions.Grains.Registry;

/// <summary>Stateless, so every silo answers lookups itself with its own copy of the registry key.</summary>
[StatelessWorker]
public sealed class PersonRegistryGrain(PersonRegistryKey registryKey) : Grain, IPersonRegistryGrain
{
    public async Task<PersonHistory> FindByIdNumber(Caller caller, string idNumber)
    {
        CompetitionRuleException.ThrowIf(RegistryRules.Lookup(caller.ToActor(), idNumber ?? string.Empty));
        return await HistoryAsync(registryKey.PersonOf(idNumber!));
    }

    public async Task<PersonHistory> FindByCompetitor(Caller caller, string eventKey, string competitorId)
    {
        CompetitionRuleException.ThrowIf(RegistryRules.Lookup(caller.ToActor()));
        var roster = await GrainFactory.GetGrain<IEventGrain>(eventKey).GetRoster();
        // Without his ID number (never given, or erased) a competitor is linked to nobody.
        var idNumber = roster.FirstOrDefault(c => c.Id == competitorId)?.IdNumber;
        CompetitionRuleException.ThrowIf(idNumber is null ? RegistryRules.Unknown : null);
        return await HistoryAsync(registryKey.PersonOf(idNumber!));
    }

    private async Task<PersonHistory> HistoryAsync(string personKey)
    {
        var history = await GrainFactory.GetGrain<IPersonGrain>(personKey).GetHistory();
        CompetitionRuleException.ThrowIf(history is null ? RegistryRules.Unknown : null);
        return history!;
    }
}
