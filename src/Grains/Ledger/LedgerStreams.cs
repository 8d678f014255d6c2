namespace Competitions.Grains.Ledger;

public static class LedgerStreams
{
    public static string Scoresheet(string scoresheetKey) => $"sheet:{scoresheetKey}";

    public static string Event(string eventKey) => $"event:{eventKey}";
}
