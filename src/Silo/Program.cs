using Competitions.Silo;
using Competitions.Silo.Demo;
using Competitions.Silo.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration.GetConnectionString(CompetitionsSiloBuilder.ConnectionStringName)
    ?? throw new InvalidOperationException("No connection string: set ConnectionStrings__Competitions.");

// The schema must exist before Orleans reads its queries from OrleansQuery.
var applied = await SchemaMigrator.MigrateAsync(connectionString);
Console.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied schema migrations: {string.Join(", ", applied)}");

builder.UseOrleans(silo => silo.AddCompetitionsCluster(builder.Configuration));

// Registered after Orleans so it starts once the silo is up.
if (builder.Configuration.GetValue("Demo:Load", false))
{
    builder.Services.AddSingleton<DemoContestLoader>();
    builder.Services.AddSingleton<DemoMarkSimulator>();
    builder.Services.AddHostedService<DemoContestHostedService>();
}
await builder.Build().RunAsync();
