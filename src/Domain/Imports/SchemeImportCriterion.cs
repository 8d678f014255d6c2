namespace Competitions.Domain.Imports;

/// <summary>A criterion of a scheme sheet: the rows naming its id, in file order, titled by the first row that gives a title.</summary>
public sealed record SchemeImportCriterion(string Id, string Title, IReadOnlyList<SchemeImportRow> Aspects);
