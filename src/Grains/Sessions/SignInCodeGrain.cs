using Competitions.Contracts;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Sessions;

namespace Competitions.Grains.Sessions;

public sealed class SignInCodeGrain(
    [PersistentState("sign-in-code", StorageNames.Configuration)] IPersistentState<SignInCodeState> state,
    ContestClock clock) : Grain, ISignInCodeGrain
{
    /// <summary>A tablet session lasts a contest day and its evening; judges sign in again the next morning.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(16);

    public async Task Issue(string contestId, string judgeId, DateTimeOffset expiresAt)
    {
        state.State = new SignInCodeState { ContestId = contestId, JudgeId = judgeId, ExpiresAt = expiresAt };
        await state.WriteStateAsync();
    }

    public async Task<JudgeSession?> Redeem(string tokenHash)
    {
        var code = state.State;
        if (code.JudgeId is null || code.ContestId is null || code.Used || code.ExpiresAt < clock.Now)
        {
            return null;
        }

        code.Used = true;
        await state.WriteStateAsync();
        var now = clock.Now;
        var session = new JudgeSession(code.ContestId, code.JudgeId, now, now + SessionLifetime, Revoked: false);
        await GrainFactory.GetGrain<IJudgeSessionGrain>(tokenHash).Open(session);
        await GrainFactory.GetGrain<IJudgeGrain>(Keys.Judge(code.ContestId, code.JudgeId)).AddSession(tokenHash);
        return session;
    }
}
