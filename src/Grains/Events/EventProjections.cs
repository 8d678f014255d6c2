using Competitions.Contracts.Events;

namespace Competitions.Grains.Events;

/// <summary>
/// The event's state as other grains read it: each competitor's scoring context (scheme, panels, recusals, status)
/// and a judge's assignment. Pure functions of <see cref="EventState"/>, so the event grain only loads and answers.
/// </summary>
public static class EventProjections
{
    public static IReadOnlyList<ScoringContext> ScoringContexts(EventState state)
    {
        var aspectsByJudge = AspectsByJudge(state);
        return [.. state.Competitors.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => ScoringContext(state, aspectsByJudge, c))];
    }

    /// <summary>The aspects each panel judge marks: those of his panels' criteria, and the aspects named on them.</summary>
    public static Dictionary<string, IReadOnlyList<string>> AspectsByJudge(EventState state)
    {
        var aspectsByJudge = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var judgeId in state.Panels.Panels.SelectMany(p => p.JudgeIds).Distinct())
        {
            aspectsByJudge[judgeId] = [.. state.Panels.Panels
                .Where(p => p.JudgeIds.Contains(judgeId))
                .SelectMany(p => state.Scheme.Criteria
                    .SelectMany(c => c.Aspects.Where(a => p.CriterionIds.Contains(c.Id) || p.AspectIds.Contains(a.Id))))
                .Select(a => a.Id)
                .Distinct()];
        }

        return aspectsByJudge;
    }

    /// <summary>A competitor's context; a judge of the competitor's organisation is recused, as is any judge recused by hand.</summary>
    public static ScoringContext ScoringContext(EventState state, Dictionary<string, IReadOnlyList<string>> aspectsByJudge, CompetitorEntry competitor)
    {
        var recusals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (judgeId, organisation) in state.JudgeOrganisations)
        {
            if (string.Equals(organisation, competitor.Organisation, StringComparison.Ordinal))
            {
                recusals[judgeId] = $"same organisation ({organisation})";
            }
        }

        foreach (var recusal in state.Recusals.Where(r => r.CompetitorId == competitor.Id))
        {
            recusals[recusal.JudgeId] = recusal.Reason;
        }

        // Scoring never needs the ID number: it stays in the event grain, so no sheet or board holds a copy of it.
        return new ScoringContext(state.Definition!, state.Scheme, competitor with { IdNumber = null }, state.Status, state.Panels.ChiefJudgeId, aspectsByJudge, recusals);
    }

    /// <summary>
    /// What a judge works on in this event, or null when he sits on no panel and is not the chief judge; the competitors
    /// of <paramref name="currentSession"/> first, since those are the ones in front of him.
    /// </summary>
    public static JudgeEventAssignment? JudgeAssignment(EventState state, string judgeId, string? currentSession)
    {
        var definition = state.Definition!;
        var isChief = state.Panels.ChiefJudgeId == judgeId;
        var panels = state.Panels.Panels.Where(p => p.JudgeIds.Contains(judgeId)).ToList();
        if (!isChief && panels.Count == 0)
        {
            return null;
        }

        // The chief judge oversees every aspect and competitor; a panel judge sees his aspects and whom he may mark.
        var criteria = state.Scheme.Criteria
            .Select(c => c with
            {
                Aspects = [.. c.Aspects.Where(a => isChief || panels.Any(p => p.CriterionIds.Contains(c.Id) || p.AspectIds.Contains(a.Id)))],
            })
            .Where(c => c.Aspects.Count > 0)
            .ToList();
        var organisation = state.JudgeOrganisations.GetValueOrDefault(judgeId);
        var competitors = state.Competitors.Values
            .Where(c => isChief || (c.Organisation != organisation && !state.Recusals.Any(r => r.JudgeId == judgeId && r.CompetitorId == c.Id)))
            .OrderBy(c => currentSession is null || c.Session != currentSession)
            .ThenBy(c => c.Station ?? int.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new AssignedCompetitor(c.Id, c.Station, c.BlindCode, definition.BlindMarking ? null : c.Name, c.Session))
            .ToList();
        return new JudgeEventAssignment(definition.Code, definition.Name, definition.Venue, state.Status, isChief, criteria, competitors, currentSession);
    }
}
