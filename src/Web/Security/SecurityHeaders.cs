namespace Competitions.Web.Security;

/// <summary>
/// Security headers on every response: pages, static files, the API, problems and the hub. The content security policy
/// fits the built pages (scripts and styles only from this origin, no inline code), the SignalR WebSocket to this host
/// and the QR codes (inline SVG, or data: images). The Orleans Dashboard styles its charts inline, so its pages get a
/// looser policy of their own rather than a broken dashboard.
/// </summary>
public static class SecurityHeaders
{
    public const string DashboardPath = "/dashboard";

    private const string Common = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; ";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Set when the response starts, so a response the exception handler rewrote (it clears headers) has them too.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(http.Request);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(http);
    });

    public static string PolicyFor(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(DashboardPath))
        {
            return Common + "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'";
        }

        // 'self' covers ws(s) to this host in current browsers; naming them keeps older ones connecting to the hub.
        var socket = request.Host.HasValue ? $" ws://{request.Host.Value} wss://{request.Host.Value}" : string.Empty;
        return Common + $"script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'{socket}; worker-src 'self'; manifest-src 'self'";
    }
}
