using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.JudgeMarking;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Ledger;
using Competitions.Domain.JudgeMarking;
using Competitions.Grains.Ledger;
using Competitions.Grains.Scoresheets;
using Orleans.Concurrency;

namespace Competitions.Grains.JudgeMarking;

/// <summary>
/// Folds every score sheet of the event from one read of its ledger with <see cref="ScoresheetState"/>, the sheets'
/// own fold, and keeps the re-mark requests and corrections on the way. Stateless, so any silo answers locally; the
/// chief judge's screen asks after board changes, not after every mark.
/// </summary>
[StatelessWorker]
public sealed class JudgeStatisticsGrain(ILedgerStore ledger) : Grain, IJudgeStatisticsGrain
{
    public async Task<IReadOnlyList<JudgeStatisticsLine>> Get()
    {
        var eventKey = this.GetPrimaryKeyString();
        var view = await GrainFactory.GetGrain<IEventGrain>(eventKey).Get();
        var sheets = new Dictionary<string, ScoresheetState>(StringComparer.Ordinal);
        var reviews = new List<MarkReview>();
        foreach (var record in (await ledger.ReadEventAsync(eventKey)).Select(row => row.Record))
        {
            // The event's own stream and its appeals' stream are read too; only score sheets hold marks.
            if (record.CompetitorId is null || record.Stream != LedgerStreams.Scoresheet(Keys.Scoresheet(eventKey, record.CompetitorId)))
            {
                continue;
            }

            if (!sheets.TryGetValue(record.Stream, out var sheet))
            {
                sheets[record.Stream] = sheet = new ScoresheetState();
            }

            sheet.Apply(record);
            if (record.Kind is LedgerKinds.RemarkRequested or LedgerKinds.MarkCorrected && record.JudgeId is { } judgeId)
            {
                reviews.Add(new MarkReview(judgeId, record.Kind == LedgerKinds.RemarkRequested ? MarkReviewKind.RemarkRequested : MarkReviewKind.Corrected, record.RecordedAt));
            }
        }

        var statistics = JudgeMarkingStatistics.Compute(
            view.Scheme.ToRules(),
            view.Panels.Panels.SelectMany(p => p.JudgeIds),
            sheets.Values.Select(sheet => sheet.JudgeMarks),
            reviews,
            view.PublishedAt);
        var contestId = Keys.SplitEvent(eventKey).ContestId;
        return await Task.WhenAll(statistics.Select(async line =>
        {
            var judge = GrainFactory.GetGrain<IJudgeGrain>(Keys.Judge(contestId, line.JudgeId));
            return JudgeStatisticsLine.From(line, await judge.Exists() ? (await judge.Get()).Name : line.JudgeId);
        }));
    }
}
