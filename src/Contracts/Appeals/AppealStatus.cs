namespace Competitions.Contracts.Appeals;

public enum AppealStatus
{
    Open,
    Upheld,
    Dismissed,
}
