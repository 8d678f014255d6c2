using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Registry;
using Competitions.Domain.Registry;
using Competitions.Domain.Workflow;

namespace Competitions.Grains.Registry;

public sealed class PersonGrain(
    [PersistentState("person", StorageNames.Configuration)] IPersistentState<PersonState> state,
    ContestClock clock) : Grain, IPersonGrain
{
    public async Task Link(string eventKey, string competitorId, string name, string? maskedIdNumber, string? level)
    {
        var before = state.State.ToRecord();
        var after = before.Linked(new RegistryLink(eventKey, competitorId, clock.Now, level), name, maskedIdNumber);
        if (after != before)
        {
            state.State.Apply(after);
            await state.WriteStateAsync();
        }
    }

    public async Task Unlink(string eventKey, string? competitorId = null)
    {
        var before = state.State.ToRecord();
        var after = before.Unlinked(eventKey, competitorId);
        if (after.Links.Count == before.Links.Count)
        {
            return;
        }

        if (after.Exists)
        {
            state.State.Apply(after);
            await state.WriteStateAsync();
        }
        else
        {
            // The stored row goes with the last entry: nothing of the person is left in grain storage.
            await state.ClearStateAsync();
        }
    }

    public async Task<PersonHistory?> GetHistory()
    {
        var person = state.State.ToRecord();
        if (!person.Exists)
        {
            return null;
        }

        var entries = await Task.WhenAll(person.Links.Select(EntryAsync));
        var carried = CarriedLevel.From(entries.Select(e => new LevelEvidence(e.LinkedAt, e.Level, e.PromotedTo ?? e.Assessment?.LevelCertified, e.Status == EventStatus.Published)));
        return new PersonHistory(person.Name!, person.MaskedIdNumber, carried, entries);
    }

    /// <summary>The entry with the event's result for him from its staff board (a link is only ever made by a defined event).</summary>
    private async Task<PersonHistoryEntry> EntryAsync(RegistryLink link)
    {
        var (contestId, eventCode) = Keys.SplitEvent(link.EventKey);
        var view = await GrainFactory.GetGrain<IEventGrain>(link.EventKey).Get();
        var board = await GrainFactory.GetGrain<ILeaderboardGrain>(link.EventKey).Get();
        var row = board.Rows.FirstOrDefault(r => r.CompetitorId == link.CompetitorId);
        return new PersonHistoryEntry(
            contestId, eventCode, view.Definition.Name, link.CompetitorId, row?.Name ?? state.State.Name!, link.LinkedAt, link.Level, view.Status,
            row is null || row.Absent ? null : row.Rank,
            row is null || row.Absent ? null : row.Total,
            row?.Award ?? default,
            row?.Title,
            row?.PromotedTo,
            row?.Absent ?? false,
            row?.Assessment);
    }
}
