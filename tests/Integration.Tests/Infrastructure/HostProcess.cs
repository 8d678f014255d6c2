using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>A silo or web host started as its own process from its build output, so it can be killed for real.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(string project, string assembly, IReadOnlyDictionary<string, string> environment)
    {
        var path = RepositoryPaths.HostAssembly(project, assembly);
        var start = new ProcessStartInfo("dotnet", [path])
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>One registry key for every silo process of the run, so a restarted silo finds the persons registered before.</summary>
    private static readonly string RegistryKey = Competitions.Contracts.Sessions.SecretHash.NewSecret();

    /// <summary>A silo process; its health endpoint gets a free port unless one is given, so parallel tests never clash.</summary>
    public static HostProcess StartSilo(string connectionString, string clusterId, int siloPort, int gatewayPort, int? healthPort = null) =>
        new("Silo", "Competitions.Silo.dll", new Dictionary<string, string>
        {
            ["ConnectionStrings__Competitions"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__HealthPort"] = (healthPort ?? FreePort()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Registry__Key"] = RegistryKey,
        });

    public static HostProcess StartWeb(string connectionString, string clusterId, int httpPort, string organizerKey) =>
        new("Web", "Competitions.Web.dll", new Dictionary<string, string>
        {
            ["ConnectionStrings__Competitions"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}",
            ["Auth__OrganizerKeys__0"] = organizerKey,
        });

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
