using Competitions.Silo.Schema;
using Npgsql;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>
/// A fresh database with the full schema on the project's PostgreSQL: <c>COMPETITIONS_TEST_DB</c> if set, else the
/// private cluster that scripts/postgres.sh starts. Dropped again when the tests are done.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <param name="ownCluster">
    /// A private cluster of its own (.pgdata-NAME) instead of the shared one, for a test that crashes its server.
    /// </param>
    public static async Task<PostgresDatabase> CreateAsync(string? ownCluster = null)
    {
        var admin = ownCluster is null ? await AdminConnectionStringAsync() : await StartPrivateClusterAsync(ownCluster);
        var name = $"test_{Guid.NewGuid():N}"[..20];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        await SchemaMigrator.MigrateAsync(connectionString);
        return new PostgresDatabase(admin, connectionString);
    }

    /// <summary>
    /// A database name on the same server that nothing has created yet (a restore creates it), dropped like the others
    /// when disposed.
    /// </summary>
    public static async Task<PostgresDatabase> ReserveAsync()
    {
        var admin = await AdminConnectionStringAsync();
        return new PostgresDatabase(admin, new NpgsqlConnectionStringBuilder(admin) { Database = $"test_{Guid.NewGuid():N}"[..20] }.ConnectionString);
    }

    private static async Task<string> AdminConnectionStringAsync() =>
        Environment.GetEnvironmentVariable("COMPETITIONS_TEST_DB") ?? await StartPrivateClusterAsync();

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartPrivateClusterAsync(string? name = null)
    {
        var run = await Scripts.RunAsync("postgres.sh", [], null, environment: Cluster(name));
        return run.ExitCode == 0 ? run.Output.Trim().Split('\n')[^1] : throw new InvalidOperationException($"scripts/postgres.sh failed: {run.Errors}");
    }

    /// <summary>Stops the named private cluster the hard way, as in a crash, and starts it again.</summary>
    public static async Task RestartPrivateClusterAsync(string name)
    {
        var run = await Scripts.RunAsync("postgres.sh", ["restart"], null, environment: Cluster(name));
        Assert.True(run.ExitCode == 0, $"Restarting PostgreSQL failed: {run.Errors}");
    }

    private static Dictionary<string, string> Cluster(string? name) => name is null ? [] : new() { ["COMPETITIONS_PGDATA"] = $".pgdata-{name}" };
}
