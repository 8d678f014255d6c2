namespace Competitions.Domain.Assessments;

/// <summary>
/// How one part of an assessment (or the whole of it) came out. <see cref="Pending"/>: marks still missing, nothing to
/// certify yet; <see cref="NotAssessed"/>: the part has weight 0; <see cref="Absent"/>: the candidate did not sit it (缺考),
/// which is not a failure with zero.
/// </summary>
public enum PartResult
{
    Pending,
    Pass,
    Fail,
    Absent,
    NotAssessed,
}
