namespace Competitions.Domain.Imports;

public sealed record JudgeImportRow(int Row, string Id, string Name, string Organisation);
