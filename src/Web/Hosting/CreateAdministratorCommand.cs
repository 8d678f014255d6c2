using Competitions.Contracts;
using Competitions.Contracts.Accounts;

namespace Competitions.Web.Hosting;

/// <summary>
/// <c>Competitions.Web create-admin NAME</c>: creates (or resets the password of) an administrator on a running
/// cluster. The password comes from <c>COMPETITIONS_ADMIN_PASSWORD</c> or standard input, so there is never a default.
/// </summary>
public static class CreateAdministratorCommand
{
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string userName)
    {
        var password = Environment.GetEnvironmentVariable("COMPETITIONS_ADMIN_PASSWORD") ?? ReadPassword();
        // The command only needs the cluster client: its web server listens on a throw-away loopback port.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(Keys.Account(userName));
            var existing = await grain.Get();
            await grain.Save(new AccountSetup(existing?.DisplayName ?? userName, true, existing?.ContestIds ?? [], password));
            await Console.Out.WriteLineAsync($"Administrator '{Keys.Account(userName)}' is ready.");
            return 0;
        }
        catch (Contracts.Errors.CompetitionRuleException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static string ReadPassword()
    {
        Console.Error.Write("Password (10 characters or more): ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? string.Empty;
        }

        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
