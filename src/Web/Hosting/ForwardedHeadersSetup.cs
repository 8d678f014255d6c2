using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Competitions.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy: per-address rate limits would put a whole venue in
/// one bucket and cookies would never be <c>Secure</c> behind TLS. The proxy's <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> name the real client and scheme, but anyone can send those headers, so they are believed
/// only from the proxies configured in <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges).
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddCompetitionsForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default. That is not "the proxy": kubectl port-forward, a sidecar or any
            // local process also connects from loopback and could then pick its own client address. Nothing
            // configured means no header is believed; a node behind nginx on the same host lists 127.0.0.1.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Walk back through X-Forwarded-For only while the hop that added an entry is a configured proxy (a CDN in
            // front of nginx, say): the first address not in the lists is the client; entries before it are the
            // client's own claims and are ignored.
            options.ForwardLimit = null;
        });
    }
}
