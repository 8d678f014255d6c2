using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Scheme;
using Microsoft.Extensions.Logging;

namespace Competitions.Silo.Demo;

/// <summary>
/// Enters marks for part of a <see cref="DemoContest"/> as its judges would on their tablets. Every choice and mark id
/// is derived from the seed and what is being marked, so a rerun (or a run in another order) resends the same marks,
/// which the score sheets recognise by id and do not store twice.
/// </summary>
public sealed class DemoMarkSimulator(IGrainFactory grains, ILogger<DemoMarkSimulator> logger)
{
    private const string DeviceId = "demo-simulator";

    /// <param name="disputes">
    /// Whether a judge now and then reads a measurement differently; without, every sheet marked is complete, so its
    /// event can be locked at once.
    /// </param>
    public async Task RunAsync(
        DemoContest demo, double fractionOfSheets, int seed, int parallelSheets, CancellationToken cancellationToken, bool disputes = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionOfSheets);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractionOfSheets, 1d);

        var stopwatch = Stopwatch.StartNew();
        var organisations = demo.Judges.ToDictionary(j => j.Id, j => j.Organisation, StringComparer.Ordinal);
        var sheets = demo.Events.SelectMany(e => PickCompetitors(e, demo.Contest.Id, fractionOfSheets, seed).Select(c => (Event: e, Competitor: c))).ToList();
        logger.LogInformation("Simulating marks on {SheetCount} score sheets of demo contest {ContestId}", sheets.Count, demo.Contest.Id);

        long submitted = 0;
        long recused = 0;
        long refused = 0;
        await Parallel.ForEachAsync(
            sheets,
            new ParallelOptions { MaxDegreeOfParallelism = parallelSheets, CancellationToken = cancellationToken },
            async (sheet, token) =>
            {
                var sheetKey = Keys.Scoresheet(Keys.Event(demo.Contest.Id, sheet.Event.Definition.Code), sheet.Competitor.Id);
                var grain = grains.GetGrain<IScoresheetGrain>(sheetKey);
                var random = new Random(DeriveSeed($"{seed}/{sheetKey}"));
                // One competitor is better than another across the board, so judges' scores correlate through it.
                var ability = random.NextDouble();
                var byJudge = new Dictionary<string, List<MarkSubmission>>(StringComparer.Ordinal);
                foreach (var panel in sheet.Event.Panels.Panels)
                {
                    var judges = panel.JudgeIds
                        .Where(j => !string.Equals(organisations.GetValueOrDefault(j), sheet.Competitor.Organisation, StringComparison.Ordinal))
                        .ToList();
                    Interlocked.Add(ref recused, panel.JudgeIds.Count - judges.Count);
                    foreach (var aspect in PanelAspects(sheet.Event.Scheme, panel))
                    {
                        var values = Values(random, aspect, judges.Count, ability, disputes);
                        for (var j = 0; j < judges.Count; j++)
                        {
                            var judgeId = judges[j];
                            var mark = new MarkSubmission(MarkId($"{seed}/{sheetKey}/{aspect.Id}/{judgeId}"), judgeId, aspect.Id, values[j], DeviceId);
                            (byJudge.TryGetValue(judgeId, out var marks) ? marks : byJudge[judgeId] = []).Add(mark);
                        }
                    }
                }

                // Each judge's tablet syncs his marks of this competitor as one outbox batch.
                foreach (var (judgeId, marks) in byJudge)
                {
                    token.ThrowIfCancellationRequested();
                    foreach (var outcome in await grain.SubmitMarks(Caller.Judge(judgeId), marks))
                    {
                        if (outcome.Receipt is not null)
                        {
                            Interlocked.Increment(ref submitted);
                            continue;
                        }

                        Interlocked.Increment(ref refused);
                        logger.LogWarning("Demo mark {MarkId} by {JudgeId} on {SheetKey} was not stored: {Reason}",
                            outcome.MarkId, judgeId, sheetKey, outcome.Problem?.Message ?? "storage unavailable");
                    }
                }
            });

        logger.LogInformation(
            "Simulated demo marks for {ContestId}: {SheetCount} sheets, {Submitted} marks accepted, {Refused} refused, {Recused} judge recusals, in {Elapsed}",
            demo.Contest.Id, sheets.Count, submitted, refused, recused, stopwatch.Elapsed);
    }

    /// <summary>The same share of every event, chosen by a shuffle seeded from the event so events do not all mark C0001 first.</summary>
    private static IEnumerable<CompetitorEntry> PickCompetitors(DemoEvent demoEvent, string contestId, double fraction, int seed)
    {
        var competitors = demoEvent.Competitors.ToArray();
        new Random(DeriveSeed($"{seed}/{Keys.Event(contestId, demoEvent.Definition.Code)}")).Shuffle(competitors);
        return competitors.Take((int)Math.Round(fraction * competitors.Length, MidpointRounding.AwayFromZero));
    }

    private static IEnumerable<AspectDefinition> PanelAspects(MarkingSchemeDefinition scheme, JudgePanel panel) =>
        scheme.Criteria
            .SelectMany(c => c.Aspects.Where(a => panel.CriterionIds.Contains(c.Id) || panel.AspectIds.Contains(a.Id)))
            .DistinctBy(a => a.Id);

    private static decimal[] Values(Random random, AspectDefinition aspect, int judgeCount, double ability, bool disputes)
    {
        var values = new decimal[judgeCount];
        if (aspect.Kind == AspectKind.Judgement)
        {
            // The aspect has its own difficulty around the competitor's level; each judge then sees it a little differently.
            var level = 1.6 + (1.4 * ability) + ((random.NextDouble() - 0.5) * 0.8);
            if (random.NextDouble() < 0.03)
            {
                // Even good competitors botch a part of the task now and then.
                level -= 1.5;
            }

            for (var j = 0; j < judgeCount; j++)
            {
                var score = Math.Round(level + ((random.NextDouble() - 0.5) * 1.2), MidpointRounding.AwayFromZero);
                values[j] = (decimal)Math.Clamp(score, 0d, 3d);
            }

            return values;
        }

        var step = aspect.Step > 0m ? aspect.Step : aspect.MaxMark;
        var steps = (int)(aspect.MaxMark / step);
        var roll = random.NextDouble();
        var full = 0.35 + (0.4 * ability);
        var lost = roll < full ? 0 : roll < full + 0.25 ? 1 : roll < full + 0.35 ? 2 : random.Next(0, steps + 1);
        var agreed = Math.Max(0, steps - lost) * step;
        Array.Fill(values, agreed);

        // Now and then one judge reads the measurement differently, leaving the chief judge a dispute to resolve.
        if (disputes && judgeCount > 1 && random.NextDouble() < 0.08)
        {
            values[random.Next(judgeCount)] = agreed >= aspect.MaxMark ? agreed - step : agreed + step;
        }

        return values;
    }

    private static int DeriveSeed(string text) => BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A name-based UUID (version 8): the first 16 bytes of the SHA-256 of what the mark is about.</summary>
    private static Guid MarkId(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
