using Npgsql;

namespace Competitions.Benchmark;

/// <summary>Counts the statements the product's database has run (pg_stat_statements), to show what viewers cost it.</summary>
public sealed class DatabaseStatements(string connectionString)
{
    public async Task<IReadOnlyDictionary<string, long>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("""
            SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 60), sum(calls)::bigint FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT ILIKE '%pg_stat_statements%' AND query <> 'DISCARD ALL'
            GROUP BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public static IReadOnlyDictionary<string, long> Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Select(a => (a.Key, Calls: a.Value - before.GetValueOrDefault(a.Key))).Where(d => d.Calls > 0).ToDictionary(d => d.Key, d => d.Calls);
}
