namespace Competitions.Web.Hosting;

/// <summary>
/// The key every per-client limit counts by: the connection's address, or the client's behind a configured proxy
/// (ForwardedHeadersSetup runs first). IPv4 clients of a dual-stack socket count as their IPv4 address.
/// </summary>
public static class ClientAddresses
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress is { } ip
        ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
        : "unknown";
}
