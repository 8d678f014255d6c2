namespace Competitions.Grains.Ledger;

public static class LedgerStreams
{
    public static string Scoresheet(string scoresheetKey) => $"sheet:{scoresheetKey}";

    public static string Event(string eventKey) => $"event:{eventKey}";

    /// <summary>Appeals have their own stream: the appeals grain is its single writer, as the event grain is of its own.</summary>
    public static string Appeals(string eventKey) => $"appeals:{eventKey}";

    /// <summary>
    /// An event's announcements (key <c>contest/event</c>) or a contest's public banners (key: the contest id), written
    /// by its announcements grain alone; the rows carry the same key as their event key, so they export with the event.
    /// </summary>
    public static string Announcements(string scopeKey) => $"announcements:{scopeKey}";

    /// <summary>The advancement list into a later-round event (key <c>contest/event</c>), written by its advancement grain.</summary>
    public static string Advancement(string eventKey) => $"advancement:{eventKey}";
}
