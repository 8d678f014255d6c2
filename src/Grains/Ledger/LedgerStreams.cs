namespace Competitions.Grains.Ledger;

public static class LedgerStreams
{
    public static string Scoresheet(string scoresheetKey) => $"sheet:{scoresheetKey}";

    public static string Event(string eventKey) => $"event:{eventKey}";

    /// <summary>Appeals have their own stream: the appeals grain is its single writer, as the event grain is of its own.</summary>
    public static string Appeals(string eventKey) => $"appeals:{eventKey}";
}
