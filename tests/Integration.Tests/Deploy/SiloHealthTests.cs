using System.Net;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;

namespace Competitions.Integration.Tests.Deploy;

/// <summary>The silo process's own health endpoint, which Kubernetes' startup, readiness and liveness probes call.</summary>
public sealed class SiloHealthTests
{
    [Fact]
    public async Task Ready_answers_503_until_the_silo_is_active_in_the_membership_table_and_200_after()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"health-{Guid.NewGuid():N}"[..15];
        var healthPort = HostProcess.FreePort();

        // Holding the membership version table keeps the silo from joining, so "not yet active" lasts as long as the
        // test needs instead of the fraction of a second a join takes.
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE orleans_membership_version IN ACCESS EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        await using var silo = HostProcess.StartSilo(database.ConnectionString, clusterId, HostProcess.FreePort(), HostProcess.FreePort(), healthPort);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{healthPort}"), Timeout = TimeSpan.FromSeconds(5) };

        var first = await PollAsync(http, "/health/ready", status => status is not null, silo);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first);
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(200);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);
            // Alive all the same: a joining silo must not be restarted by its liveness probe.
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        }

        Assert.Equal(0L, await ActiveSilosAsync(database, clusterId));

        await hold.RollbackAsync();
        await PollAsync(http, "/health/ready", status => status == HttpStatusCode.OK, silo);
        Assert.Equal(1L, await ActiveSilosAsync(database, clusterId));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    private static Task<long> ActiveSilosAsync(PostgresDatabase database, string clusterId) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM orleans_membership WHERE deployment_id = '{clusterId}' AND status = 3");

    /// <summary>Polls until <paramref name="done"/> holds for the status (null while nothing listens on the port).</summary>
    private static async Task<HttpStatusCode?> PollAsync(HttpClient http, string path, Func<HttpStatusCode?, bool> done, HostProcess silo)
    {
        for (var i = 0; i < 1200; i++)
        {
            HttpStatusCode? status;
            try
            {
                status = (await http.GetAsync(path)).StatusCode;
            }
            catch (HttpRequestException)
            {
                status = null;
            }

            if (done(status))
            {
                return status;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{path} never answered as expected. Silo output:\n{silo.Output}");
        return null;
    }
}
