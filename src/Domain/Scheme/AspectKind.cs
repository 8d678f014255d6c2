namespace Competitions.Domain.Scheme;

public enum AspectKind
{
    /// <summary>Objective: one agreed value in 0..max on a fixed step.</summary>
    Measurement,

    /// <summary>Subjective: every assigned judge scores 0–3; the mark is max × aggregate / 3.</summary>
    Judgement,
}
