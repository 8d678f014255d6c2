namespace Competitions.Domain.Validation;

/// <summary>A command a rule refuses: its kind, a stable code clients translate, and the reason in words.</summary>
public sealed record Refusal(RefusalKind Kind, string Code, string Message)
{
    public static Refusal Invalid(string code, string message) => new(RefusalKind.Invalid, code, message);

    public static Refusal NotFound(string code, string message) => new(RefusalKind.NotFound, code, message);

    public static Refusal Forbidden(string code, string message) => new(RefusalKind.Forbidden, code, message);

    public static Refusal Conflict(string code, string message) => new(RefusalKind.Conflict, code, message);
}
