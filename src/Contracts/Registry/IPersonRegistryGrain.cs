namespace Competitions.Contracts.Registry;

/// <summary>
/// Finds a person's history, for organizers only: by ID number (hashed here with the registry key, which only silos
/// hold) or by one of his entries. NotFound (person-not-found) when nobody is registered so.
/// </summary>
public interface IPersonRegistryGrain : IGrainWithIntegerKey
{
    Task<PersonHistory> FindByIdNumber(Caller caller, string idNumber);

    Task<PersonHistory> FindByCompetitor(Caller caller, string eventKey, string competitorId);
}
