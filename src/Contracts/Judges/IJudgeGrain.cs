namespace Competitions.Contracts.Judges;

/// <summary>A judge of a contest and the events he is assigned to. Key: <see cref="Keys.Judge"/>.</summary>
public interface IJudgeGrain : IGrainWithStringKey
{
    Task Define(JudgeProfile profile);

    Task<JudgeProfile> Get();

    Task<bool> Exists();

    Task SetAssignment(string eventKey, bool assigned);

    Task<IReadOnlyList<string>> GetAssignments();

    /// <summary>The judge's tablet view of every event he is assigned to (as a panel judge or chief judge).</summary>
    Task<JudgeWorkload> GetWorkload();

    /// <summary>Remembers a session (by token hash) so it can be revoked with the judge's others.</summary>
    Task AddSession(string tokenHash);

    /// <summary>Revokes every open session of the judge (a lost tablet, a judge replaced); returns how many.</summary>
    Task<int> RevokeSessions();
}
