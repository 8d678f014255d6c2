using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Sessions;
using Competitions.Domain.Ledger;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Durability;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh as an operator runs them, around real silo and web processes: a marked,
/// published contest is dumped while its silo runs, restored into a fresh database, and a new cluster on the restore
/// serves the same boards, sheets and ledger.
/// </summary>
public sealed class BackupRestoreTests
{
    private static readonly string[] Competitors = ["C1", "C2", "C3"];

    [Fact]
    public async Task A_restored_dump_of_a_marked_contest_gives_a_new_cluster_identical_boards_sheets_and_verifying_ledger_chains()
    {
        await using var original = await PostgresDatabase.CreateAsync();
        await using var restored = await PostgresDatabase.ReserveAsync();
        var backups = Directory.CreateTempSubdirectory("competitions-backup-");
        var key = SecretHash.NewSecret();
        var (siloPort, gatewayPort, httpPort) = (HostProcess.FreePort(), HostProcess.FreePort(), HostProcess.FreePort());
        string contestId;
        Dictionary<string, string> before;
        string file;
        try
        {
            await using (var silo = HostProcess.StartSilo(original.ConnectionString, "backup-a", siloPort, gatewayPort))
            await using (var web = HostProcess.StartWeb(original.ConnectionString, "backup-a", httpPort, key))
            {
                using var organizer = await CrashRecoveryTests.ConnectAsync(httpPort, key, silo, web);
                var contest = await MarkedContestAsync(organizer);
                contestId = contest.ContestId;
                before = await RecordAsync(contest);

                // Taken while the silo runs: pg_dump reads one snapshot.
                var backup = await Scripts.RunAsync("backup.sh", [Path.Combine(backups.FullName, "contest.dump")], original.ConnectionString);
                file = backup.Output.Trim().Split('\n')[^1];
                Assert.True(backup.ExitCode == 0 && File.Exists(file), backup.Errors);
            }

            // A database that holds anything is never restored into.
            var refused = await Scripts.RunAsync("restore.sh", [file, "-"], null, standardInput: original.ConnectionString);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("not empty", refused.Errors, StringComparison.Ordinal);

            var restore = await Scripts.RunAsync("restore.sh", [file, "-"], null, standardInput: restored.ConnectionString);
            Assert.True(restore.ExitCode == 0, restore.Errors);
        }
        finally
        {
            backups.Delete(recursive: true);
        }

        // The original's hosts are gone; a new cluster (its own id) knows only the restored database.
        Assert.Equal(await LedgerDigestAsync(original), await LedgerDigestAsync(restored));
        Assert.Equal(await StorageDigestAsync(original), await StorageDigestAsync(restored));
        await using var silo2 = HostProcess.StartSilo(restored.ConnectionString, "backup-b", siloPort, gatewayPort);
        await using var web2 = HostProcess.StartWeb(restored.ConnectionString, "backup-b", httpPort, key);
        using var reconnected = await CrashRecoveryTests.ConnectAsync(httpPort, key, silo2, web2);
        var after = await RecordAsync(new TestContest(reconnected, contestId));

        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, part => Assert.Equal(part.Value, after[part.Key]));
        var ledger = LedgerVerification.Verify(new StringReader(after["ledger.csv"]));
        Assert.True(ledger.IsIntact, string.Join(Environment.NewLine, ledger.Problems));
        Assert.Equal(Competitors.Length + 1, ledger.Streams);
    }

    /// <summary>The test contest marked in full with theory scores, locked and published; C2's roster entry carries an ID number.</summary>
    private static async Task<TestContest> MarkedContestAsync(HttpClient organizer)
    {
        var contest = await TestContest.CreateAsync(organizer);
        (await organizer.PostJsonAsync($"{contest.EventPath}/competitors",
            new[] { new CompetitorEntry("C2", "李娜", "Org-B", "南山区", 2, "M3X9", IdNumber: "440308199001011239") })).EnsureSuccessStatusCode();
        foreach (var (competitor, judgement, theory) in new[] { ("C1", 1m, 61.75m), ("C2", 2m, 88.25m), ("C3", 3m, 95m) })
        {
            await contest.CompleteSheetAsync(competitor, judgement);
            await contest.RecordTheoryAsync(competitor, theory);
        }

        (await contest.ChangeStatusAsync(organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(organizer, EventStatus.Published)).EnsureSuccessStatusCode();
        return contest;
    }

    /// <summary>Everything the API tells of the contest: event, roster, board rows, every sheet and its ledger, the ledger export.</summary>
    private static async Task<Dictionary<string, string>> RecordAsync(TestContest contest)
    {
        var parts = new Dictionary<string, string>
        {
            ["event"] = await contest.Organizer.GetStringAsync(contest.EventPath),
            ["roster"] = await contest.Organizer.GetStringAsync($"{contest.EventPath}/competitors"),
            // The board's epoch and version count changes since activation, so only its rows are compared.
            ["board"] = JsonSerializer.Serialize((await contest.LeaderboardAsync()).Rows, Json.Options),
            ["results.csv"] = await contest.Organizer.GetStringAsync($"{contest.EventPath}/exports/results.csv"),
            ["ledger.csv"] = (await contest.Organizer.GetStringAsync($"{contest.EventPath}/exports/ledger.csv")).TrimStart('\uFEFF'),
        };
        foreach (var competitor in Competitors)
        {
            parts[$"sheet {competitor}"] = JsonSerializer.Serialize(await contest.SheetAsync(competitor), Json.Options);
            parts[$"ledger {competitor}"] = JsonSerializer.Serialize(await contest.LedgerAsync(competitor), Json.Options);
        }

        var verified = LedgerVerification.Verify(new StringReader(parts["ledger.csv"]));
        Assert.True(verified.IsIntact, string.Join(Environment.NewLine, verified.Problems));
        // 24 marks, 3 theory scores and 3 status changes.
        Assert.Equal(30, verified.Rows);
        return parts;
    }

    private static Task<string> LedgerDigestAsync(PostgresDatabase database) => database.ScalarAsync<string>(
        "SELECT count(*) || ':' || md5(string_agg(stream || '#' || sequence || '#' || encode(hash, 'hex'), ',' ORDER BY stream, sequence)) FROM ledger_entries");

    /// <summary>
    /// Every grain's stored state, byte for byte, but for leaderboard snapshots: a board may save one when marking pauses,
    /// after the dump and before its silo is stopped, and a snapshot is only a shortcut to what the ledger says.
    /// </summary>
    private static Task<string> StorageDigestAsync(PostgresDatabase database) => database.ScalarAsync<string>(
        "SELECT count(*) || ':' || md5(string_agg(grain_type || '#' || coalesce(grain_id_extension, '') || '#' || md5(payload), ',' ORDER BY grain_type, grain_id_extension)) " +
        "FROM orleans_storage WHERE grain_type NOT LIKE 'leaderboard%'");
}
