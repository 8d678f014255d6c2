using Competitions.Contracts.Sessions;

namespace Competitions.Grains.Sessions;

public sealed class JudgeSessionGrain(
    [PersistentState("judge-session", StorageNames.Configuration)] IPersistentState<JudgeSessionState> state,
    ContestClock clock) : Grain, IJudgeSessionGrain
{
    public async Task Open(JudgeSession session)
    {
        state.State.Session = session;
        await state.WriteStateAsync();
    }

    public Task<JudgeSession?> Validate() => Task.FromResult(
        state.State.Session is { Revoked: false } session && session.ExpiresAt > clock.Now ? session : null);

    public async Task Revoke()
    {
        if (state.State.Session is { Revoked: false } session)
        {
            state.State.Session = session with { Revoked = true };
            await state.WriteStateAsync();
        }
    }
}
