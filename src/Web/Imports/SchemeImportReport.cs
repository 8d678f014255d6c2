using Competitions.Contracts.Schemes;
using Competitions.Domain.Imports;

namespace Competitions.Web.Imports;

/// <summary>What a scheme sheet holds (from its rows that read cleanly), its total max mark and every problem found.</summary>
public sealed record SchemeImportReport(MarkingSchemeDefinition Scheme, decimal Total, IReadOnlyList<ImportProblem> Errors);
