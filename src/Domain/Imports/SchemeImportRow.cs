using Competitions.Domain.Scheme;

namespace Competitions.Domain.Imports;

/// <summary>One aspect row of a marking scheme sheet as read, with the criterion it belongs to.</summary>
public sealed record SchemeImportRow(
    int Row,
    string CriterionId,
    string AspectId,
    string Title,
    AspectKind Kind,
    decimal MaxMark,
    decimal Step,
    AggregationMethod Aggregation,
    decimal SpreadThreshold);
