namespace Competitions.Domain.Validation;

/// <summary>Why a command is refused, as the API answers it: bad input, not allowed, not now, or not there.</summary>
public enum RefusalKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
