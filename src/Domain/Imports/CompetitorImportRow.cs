namespace Competitions.Domain.Imports;

/// <summary>
/// One competitor row as read. <see cref="KeepsIdNumber"/> is set when the file carries a masked ID (as exports show
/// it): the stored number is kept rather than replaced by the stars.
/// </summary>
public sealed record CompetitorImportRow(
    int Row,
    string EventCode,
    string Id,
    string Name,
    string Organisation,
    string Delegation,
    string? IdNumber,
    string? Level,
    bool KeepsIdNumber = false);
