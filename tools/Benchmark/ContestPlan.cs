using System.Net.Http.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Domain.Scheme;

namespace Competitions.Benchmark;

/// <summary>Reads a contest through the organizer API and lists every mark its judges may enter.</summary>
public static class ContestPlan
{
    public static async Task<IReadOnlyList<MarkTarget>> LoadAsync(HttpClient organizer, string contestId, int maxEvents)
    {
        var contest = await organizer.GetFromJsonAsync<ContestView>($"/api/contests/{contestId}", Http.Json)
            ?? throw new InvalidOperationException($"Contest {contestId} not found.");
        var targets = new List<MarkTarget>();
        var organisations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in contest.EventCodes.Take(maxEvents))
        {
            var view = await organizer.GetFromJsonAsync<EventView>($"/api/contests/{contestId}/events/{code}", Http.Json) ?? throw new InvalidOperationException();
            var roster = await organizer.GetFromJsonAsync<List<CompetitorEntry>>($"/api/contests/{contestId}/events/{code}/competitors", Http.Json) ?? [];
            foreach (var judgeId in view.Panels.Panels.SelectMany(p => p.JudgeIds).Distinct())
            {
                if (!organisations.ContainsKey(judgeId))
                {
                    var judge = await organizer.GetFromJsonAsync<JudgeProfile>($"/api/contests/{contestId}/judges/{judgeId}", Http.Json);
                    organisations[judgeId] = judge!.Organisation;
                }
            }

            foreach (var panel in view.Panels.Panels)
            {
                var aspects = view.Scheme.Criteria
                    .SelectMany(c => c.Aspects.Where(a => panel.CriterionIds.Contains(c.Id) || panel.AspectIds.Contains(a.Id)));
                foreach (var aspect in aspects)
                {
                    foreach (var judgeId in panel.JudgeIds)
                    {
                        targets.AddRange(roster
                            .Where(c => c.Organisation != organisations[judgeId])
                            .Select(c => new MarkTarget(code, c.Id, judgeId, aspect.Id, aspect.Kind == AspectKind.Judgement, aspect.MaxMark, aspect.Step,
                                view.Definition.PublicNames ? c.Name : c.BlindCode ?? c.Id)));
                    }
                }
            }
        }

        return targets;
    }
}
