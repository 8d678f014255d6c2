using Npgsql;

namespace Competitions.Silo.Schema;

/// <summary>
/// Applies the numbered SQL scripts embedded under Schema/ that the database has not seen yet, each in the same
/// transaction as its bookkeeping row. An advisory lock lets several silos start at once against one database.
/// </summary>
public static class SchemaMigrator
{
    private const long AdvisoryLockKey = 0x436f6d7065746974; // "Competit"

    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT id FROM schema_migrations", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var assembly = typeof(SchemaMigrator).Assembly;
        var pending = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Schema/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Id: Path.GetFileNameWithoutExtension(n)))
            .Where(m => !applied.Contains(m.Id))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();

        foreach (var (resource, id) in pending)
        {
            await using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            await ExecuteAsync(connection, await text.ReadToEndAsync(cancellationToken), cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (id) VALUES ($1)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = id });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        // The ledger's partitions are by year (005_ledger_partitions.sql): this year's and the next exist before any
        // silo writes, so a contest first written on New Year's Day has its partition waiting.
        await ExecuteAsync(connection, "SELECT ledger_ensure_partition(extract(year FROM now())::integer + k) FROM generate_series(0, 1) AS k", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. pending.Select(p => p.Id)];
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
