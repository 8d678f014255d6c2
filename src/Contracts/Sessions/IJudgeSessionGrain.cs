using Orleans.Concurrency;

namespace Competitions.Contracts.Sessions;

/// <summary>One tablet session. Key: <see cref="SecretHash.Of"/> of the bearer token.</summary>
public interface IJudgeSessionGrain : IGrainWithStringKey
{
    Task Open(JudgeSession session);

    /// <summary>The session if it exists, is not revoked and has not expired; otherwise null.</summary>
    [ReadOnly]
    Task<JudgeSession?> Validate();

    Task Revoke();
}
