using System.Security.Cryptography;
using System.Text.Json;
using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Contracts.Scoresheets;
using Competitions.Grains.Ledger;
using Competitions.Grains.Scoresheets;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// A cold board's standings, from the ledger without waking a score sheet: from the snapshot where a sheet's stream has
/// not moved since it was saved, else folded from the stream with <see cref="ScoresheetState"/>, the sheets' own fold.
/// Sheets that append meanwhile send their newer standing, which wins by its higher sequence. Without a snapshot every
/// stream is folded: what the ledger says, for decisions such as a lock that must not trust a cache.
/// </summary>
public static class LedgerStandings
{
    public sealed record Result(IReadOnlyList<Standing> Standings, string Fingerprint, int FoldedStreams);

    public static async Task<Result> ReadAsync(
        ILedgerStore ledger, string eventKey, MarkingSchemeDefinition scheme, IReadOnlyList<ScoringContext> contexts, LeaderboardSnapshot? snapshot = null)
    {
        var fingerprint = Fingerprint(contexts);
        var saved = snapshot is not null && snapshot.ContextFingerprint == fingerprint
            ? snapshot.Standings.ToDictionary(s => s.CompetitorId, StringComparer.Ordinal)
            : [];
        var streams = contexts.ToDictionary(c => c.Competitor.Id, c => LedgerStreams.Scoresheet(Keys.Scoresheet(eventKey, c.Competitor.Id)), StringComparer.Ordinal);
        var heads = await ledger.ReadHeadsAsync([.. streams.Values]);
        var current = saved.Values.Where(s => streams.TryGetValue(s.CompetitorId, out var stream) && heads.GetValueOrDefault(stream) == s.Version)
            .ToDictionary(s => s.CompetitorId, StringComparer.Ordinal);
        var moved = contexts.Where(c => !current.ContainsKey(c.Competitor.Id)).ToList();

        var sheets = new Dictionary<string, ScoresheetState>(StringComparer.Ordinal);
        var rows = moved.Count == 0 ? [] : await ledger.ReadStreamsAsync([.. moved.Select(c => streams[c.Competitor.Id])]);
        foreach (var row in rows)
        {
            if (!sheets.TryGetValue(row.Record.Stream, out var sheet))
            {
                sheets[row.Record.Stream] = sheet = new ScoresheetState();
            }

            sheet.Apply(row.Record);
        }

        var rules = scheme.ToRules();
        IReadOnlyList<Standing> standings = [.. contexts.Select(context =>
        {
            if (current.TryGetValue(context.Competitor.Id, out var standing))
            {
                return standing;
            }

            var sheet = sheets.GetValueOrDefault(streams[context.Competitor.Id]) ?? new ScoresheetState();
            return sheet.ToStanding(context, sheet.Calculate(context, rules));
        })];
        return new Result(standings, fingerprint, moved.Count);
    }

    /// <summary>
    /// Any change to what scoring depends on (scheme, weights, panels, recusals, status) changes this. The event-wide
    /// parts are the same in every context of one <see cref="IEventGrain.GetScoringContexts"/> call, so they are
    /// hashed once, then what differs per competitor.
    /// </summary>
    private static string Fingerprint(IReadOnlyList<ScoringContext> contexts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (contexts.Count > 0)
        {
            var first = contexts[0];
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new { first.Definition, first.Scheme, first.Status, first.ChiefJudgeId, first.AspectsByJudge }));
        }

        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(contexts.Select(c => new { c.Competitor, c.RecusalReasons })));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
