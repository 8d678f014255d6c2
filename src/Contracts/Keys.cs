namespace Competitions.Contracts;

/// <summary>
/// Grain keys are readable paths so logs and the database say what they are: <c>contest/event</c> for an event and
/// its leaderboard, <c>contest/event/competitor</c> for a score sheet, <c>contest/judge</c> for a judge.
/// </summary>
public static class Keys
{
    public static string Event(string contestId, string eventCode) => $"{contestId}/{eventCode}";

    public static string Scoresheet(string eventKey, string competitorId) => $"{eventKey}/{competitorId}";

    public static string Judge(string contestId, string judgeId) => $"{contestId}/{judgeId}";

    /// <summary>User names sign in case-insensitively, so the grain key is the lower-case form.</summary>
    public static string Account(string userName) => userName.Trim().ToLowerInvariant();

    public static (string ContestId, string EventCode) SplitEvent(string eventKey)
    {
        var slash = eventKey.IndexOf('/', StringComparison.Ordinal);
        return (eventKey[..slash], eventKey[(slash + 1)..]);
    }

    public static (string EventKey, string CompetitorId) SplitScoresheet(string scoresheetKey)
    {
        var slash = scoresheetKey.LastIndexOf('/');
        return (scoresheetKey[..slash], scoresheetKey[(slash + 1)..]);
    }

    /// <summary>Ids become parts of keys and URLs, so they are limited to letters, digits, '-' and '_'.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
