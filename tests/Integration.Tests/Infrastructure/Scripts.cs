using System.Diagnostics;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>The operator's scripts (scripts/), run as an operator runs them.</summary>
public static class Scripts
{
    /// <summary>Runs a script of scripts/ with its own environment: the database only as given, never a developer's.</summary>
    public static async Task<ScriptRun> RunAsync(
        string script, string[] arguments, string? connectionString, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", script), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ConnectionStrings__Competitions");
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Competitions"] = connectionString;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new ScriptRun(process.ExitCode, await output, await errors);
    }
}
