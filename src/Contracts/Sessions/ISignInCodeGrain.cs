namespace Competitions.Contracts.Sessions;

/// <summary>One issued sign-in code. Key: <see cref="SecretHash.Of"/> of the code.</summary>
public interface ISignInCodeGrain : IGrainWithStringKey
{
    Task Issue(string contestId, string judgeId, DateTimeOffset expiresAt);

    /// <summary>Uses the code up and opens a session; null when the code is unknown, used or expired.</summary>
    Task<JudgeSession?> Redeem(string tokenHash);
}
