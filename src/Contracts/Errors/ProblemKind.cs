namespace Competitions.Contracts.Errors;

/// <summary>Why a command was refused; the API maps each kind to its HTTP status.</summary>
public enum ProblemKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
