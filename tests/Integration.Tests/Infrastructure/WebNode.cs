using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>
/// A web host of the fixture (<see cref="CompetitionsFixture.CreateWebHost"/>) on a real Kestrel port of 127.0.0.1, so
/// clients reach it from a real address (<see cref="CompetitionsFixture.CreateClientFrom(IPAddress, Uri)"/>), as
/// from behind a proxy or a NAT. Disposing it stops it.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private WebNode(WebApplicationFactory<Program> host, Uri baseAddress)
    {
        Host = host;
        BaseAddress = baseAddress;
    }

    public WebApplicationFactory<Program> Host { get; }

    public Uri BaseAddress { get; }

    public static WebNode Start(WebApplicationFactory<Program> host)
    {
        var port = HostProcess.FreePort();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return new WebNode(host, new Uri($"http://127.0.0.1:{port}"));
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
