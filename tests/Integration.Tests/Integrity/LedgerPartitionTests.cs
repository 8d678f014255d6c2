using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Integrity;

/// <summary>
/// The ledger is partitioned by the year each contest started in (005_ledger_partitions.sql): every row of a contest
/// lies in one partition whenever it was written, so a closed year is archived and detached with every chain whole.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LedgerPartitionTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_contests_rows_stay_in_its_years_partition_and_an_archived_year_verifies_and_detaches_leaving_the_rest_readable()
    {
        // 1999: a year no other test writes, standing for a contest that started last year and is still being marked.
        var archived = await TestContest.CreateAsync(fixture, startScoring: false);
        await fixture.Database.ExecuteAsync($"SELECT ledger_ensure_partition(1999); INSERT INTO ledger_contest_years VALUES ('{archived.ContestId}', 1999)");
        (await archived.ChangeStatusAsync(archived.Organizer, Domain.Workflow.EventStatus.Scoring)).EnsureSuccessStatusCode();
        await archived.CompleteSheetAsync("C2");
        var live = await TestContest.CreateAsync(fixture);
        await live.CompleteSheetAsync("C3");

        Assert.Equal("ledger_entries_y1999", await PartitionsAsync(archived.ContestId));
        Assert.Equal($"ledger_entries_y{DateTime.UtcNow.Year}", await PartitionsAsync(live.ContestId));

        var directory = Directory.CreateTempSubdirectory("ledger-archive-");
        try
        {
            var run = await Scripts.RunAsync("archive-ledger-year.sh", ["1999", directory.FullName], fixture.Database.ConnectionString);
            Assert.True(run.ExitCode == 0, run.Output + run.Errors);
            Assert.Contains("every chain verifies", run.Output, StringComparison.Ordinal);
            var csv = await File.ReadAllLinesAsync(Path.Combine(directory.FullName, "ledger-1999.csv"));
            Assert.All(csv.Skip(1), line => Assert.Contains(archived.ContestId, line, StringComparison.Ordinal));
            Assert.Contains(csv, line => line.Contains($"sheet:{archived.ContestId}/E1/C2", StringComparison.Ordinal));
            Assert.True(new FileInfo(Path.Combine(directory.FullName, "ledger-1999.dump")).Length > 0);

            var again = await Scripts.RunAsync("archive-ledger-year.sh", ["1999", directory.FullName], fixture.Database.ConnectionString);
            Assert.NotEqual(0, again.ExitCode);
            Assert.Contains("not a partition", again.Errors, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key LIKE '{archived.ContestId}/%'"));
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries_y1999") > 0); // detached, kept
        Assert.Equal(TestContest.ExpectedMarks("C3").Count, (await live.LedgerAsync("C3")).Count(e => e.Kind == "mark-entered"));
    }

    private Task<string> PartitionsAsync(string contestId) => fixture.Database.ScalarAsync<string>(
        $"SELECT string_agg(DISTINCT tableoid::regclass::text, ',') FROM ledger_entries WHERE event_key LIKE '{contestId}/%'");
}
