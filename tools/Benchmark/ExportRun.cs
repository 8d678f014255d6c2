using System.Diagnostics;
using System.Net.Http.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;
using Competitions.Web.Api;

namespace Competitions.Benchmark;

/// <summary>
/// Export timings. Builds a contest of its own through the API (the demo contest is never complete enough to lock):
/// one event of <c>competitors</c> competitors, eight aspects marked by two panels of three judges, theory scores;
/// marks it in full, locks and publishes it, then fetches every export <c>repeats</c> times.
/// </summary>
public sealed class ExportRun(HttpClient organizer)
{
    private const string EventCode = "E1";
    private static readonly string[] PanelOne = ["J1", "J2", "J3"];
    private static readonly string[] PanelTwo = ["J3", "J4", "J5"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞"];

    public async Task<List<(string Measure, string Value)>> RunAsync(int competitors, int repeats)
    {
        var contestId = $"exp{Guid.NewGuid():N}"[..12];
        var eventPath = $"/api/contests/{contestId}/events/{EventCode}";
        await Send(organizer.PostAsJsonAsync("/api/contests", new ContestDefinition(contestId, "导出基准大赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["实训楼A"]), Http.Json));
        string[] judges = ["J1", "J2", "J3", "J4", "J5", "CHIEF"];
        foreach (var judge in judges)
        {
            await Send(organizer.PutAsJsonAsync($"/api/contests/{contestId}/judges/{judge}", new JudgeRequest($"评委{judge}", $"Judges-{judge}"), Http.Json));
        }

        await Send(organizer.PutAsJsonAsync(eventPath, new EventDefinition(EventCode, "数控车（学生组）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m, Awards: new AwardRuleDefinition(MinimumScore: 0m)), Http.Json));
        var scheme = new MarkingSchemeDefinition(
        [
            new CriterionDefinition("A", "尺寸精度", [new AspectDefinition("A1", "外圆 Φ40", AspectKind.Measurement, 10m, 0.5m), new AspectDefinition("A2", "螺纹", AspectKind.Judgement, 10m), new AspectDefinition("A3", "倒角", AspectKind.Judgement, 10m)]),
            new CriterionDefinition("B", "表面质量", [new AspectDefinition("B1", "粗糙度", AspectKind.Judgement, 10m), new AspectDefinition("B2", "毛刺", AspectKind.Judgement, 10m), new AspectDefinition("B3", "外观", AspectKind.Judgement, 10m)]),
            new CriterionDefinition("C", "职业素养", [new AspectDefinition("C1", "安全", AspectKind.Judgement, 10m), new AspectDefinition("C2", "工位整理", AspectKind.Judgement, 10m)]),
        ]);
        await Send(organizer.PutAsJsonAsync($"{eventPath}/scheme", scheme, Http.Json));
        var entries = Enumerable.Range(1, competitors).Select(i => new CompetitorEntry(
            $"C{i}", Surnames[i % Surnames.Length] + GivenNames[i / Surnames.Length % GivenNames.Length] + GivenNames[i % GivenNames.Length],
            $"学校{i % 40}", $"代表队{i % 12}", i, $"K{i:D4}")).ToList();
        await Send(organizer.PostAsJsonAsync($"{eventPath}/competitors", entries, Http.Json));
        await Send(organizer.PutAsJsonAsync($"{eventPath}/panels", new PanelSetup("CHIEF",
        [
            new JudgePanel("P1", PanelOne, ["A", "B"], []),
            new JudgePanel("P2", PanelTwo, ["C"], []),
        ]), Http.Json));
        await Send(organizer.PostAsJsonAsync($"{eventPath}/status", new StatusChangeRequest(EventStatus.Scoring), Http.Json));

        var marking = Stopwatch.StartNew();
        var marks = entries.SelectMany(c => scheme.Criteria.SelectMany(criterion => criterion.Aspects.SelectMany(aspect =>
            (criterion.Id == "C" ? PanelTwo : PanelOne).Select(judge => (c.Id, aspect, judge))))).ToList();
        await Parallel.ForEachAsync(marks, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (mark, cancellation) =>
        {
            var (competitorId, aspect, judge) = mark;
            var seed = competitorId.GetHashCode(StringComparison.Ordinal) ^ aspect.Id.GetHashCode(StringComparison.Ordinal);
            // Measurement marks agree (a disagreement is a dispute, which blocks the lock); judgement marks vary.
            var value = aspect.Kind == AspectKind.Measurement ? Math.Abs(seed % 21) * 0.5m : Math.Abs((seed ^ judge.GetHashCode(StringComparison.Ordinal)) % 4);
            await Send(organizer.PostAsJsonAsync($"{eventPath}/competitors/{competitorId}/marks", new MarkRequest(Guid.NewGuid(), aspect.Id, value, judge, "bench-exports"), Http.Json, cancellation));
        });
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, cancellation) =>
            await Send(organizer.PostAsJsonAsync($"{eventPath}/competitors/{c.Id}/theory", new TheoryScore(Guid.NewGuid(), 60m + (c.Station ?? 0) % 4000 / 100m), Http.Json, cancellation)));
        var markSeconds = marking.Elapsed.TotalSeconds;
        await Send(organizer.PostAsJsonAsync($"{eventPath}/status", new StatusChangeRequest(EventStatus.Locked), Http.Json));
        await Send(organizer.PostAsJsonAsync($"{eventPath}/status", new StatusChangeRequest(EventStatus.Published), Http.Json));

        var rows = new List<(string Measure, string Value)>
        {
            ("contest", contestId),
            ("event", $"{competitors} competitors, 8 aspects, {marks.Count:N0} marks + {competitors} theory scores entered in {markSeconds:F1} s"),
        };
        foreach (var route in new[] { "results.csv", "results.xlsx", "scoresheets/C1.pdf", "scoresheets.pdf", "certificates.pdf", "ledger.csv" })
        {
            var times = new List<double>();
            var size = 0;
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                size = (await organizer.GetByteArrayAsync($"{eventPath}/exports/{route}")).Length;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            rows.Add(($"GET …/exports/{route}", $"median {times[times.Count / 2]:N0} ms (fastest {times[0]:N0}, slowest {times[^1]:N0}) of {repeats}; {size / 1024.0:N0} KiB"));
        }

        return rows;
    }

    private static async Task Send(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
