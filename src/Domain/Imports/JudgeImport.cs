namespace Competitions.Domain.Imports;

public sealed record JudgeImport(IReadOnlyList<JudgeImportRow> Rows, IReadOnlyList<ImportProblem> Problems);
