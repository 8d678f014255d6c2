namespace Competitions.Domain.Validation;

/// <summary>
/// Why one field of a command or definition is refused: the field, a stable code for clients to translate, and the
/// reason in words. Every validator in the domain answers with these.
/// </summary>
public sealed record FieldProblem(string Field, string Code, string Reason);
