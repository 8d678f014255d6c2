using Competitions.Domain.Validation;

namespace Competitions.Contracts.Errors;

/// <summary>A command broke a rule of the contest; nothing was changed.</summary>
[GenerateSerializer]
public sealed class CompetitionRuleException : Exception
{
    public CompetitionRuleException()
    {
    }

    public CompetitionRuleException(string message)
        : base(message)
    {
    }

    public CompetitionRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CompetitionRuleException(ProblemKind kind, string code, string message)
        : base(message)
    {
        Kind = kind;
        Code = code;
    }

    [Id(0)]
    public ProblemKind Kind { get; private set; }

    /// <summary>A stable machine-readable reason, e.g. <c>mark-out-of-range</c>.</summary>
    [Id(1)]
    public string Code { get; private set; } = "rule";

    /// <summary>
    /// Counts behind the refusal (e.g. <c>missingTheory: 81</c>), sent with the problem so a client can say it in the
    /// user's language rather than showing the English message.
    /// </summary>
    [Id(2)]
    public IReadOnlyDictionary<string, int>? Figures { get; private set; }

    public CompetitionRuleException WithFigures(IReadOnlyDictionary<string, int> figures)
    {
        Figures = figures;
        return this;
    }

    /// <summary>Throws a domain rule's refusal as the exception grains and endpoints share; null passes.</summary>
    public static void ThrowIf(Refusal? refusal)
    {
        if (refusal is not null)
        {
            var kind = refusal.Kind switch
            {
                RefusalKind.NotFound => ProblemKind.NotFound,
                RefusalKind.Forbidden => ProblemKind.Forbidden,
                RefusalKind.Conflict => ProblemKind.Conflict,
                _ => ProblemKind.Invalid,
            };
            throw new CompetitionRuleException(kind, refusal.Code, refusal.Message);
        }
    }

    public static CompetitionRuleException Invalid(string code, string message) => new(ProblemKind.Invalid, code, message);

    public static CompetitionRuleException NotFound(string code, string message) => new(ProblemKind.NotFound, code, message);

    public static CompetitionRuleException Forbidden(string code, string message) => new(ProblemKind.Forbidden, code, message);

    public static CompetitionRuleException Conflict(string code, string message) => new(ProblemKind.Conflict, code, message);
}
