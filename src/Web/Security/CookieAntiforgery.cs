using Microsoft.AspNetCore.Antiforgery;

namespace Competitions.Web.Security;

/// <summary>
/// A browser sends the console's cookie with any request, even one a hostile page starts; so every state-changing
/// request authenticated by that cookie must also carry the anti-forgery token the console read from
/// <c>/api/account</c>. Bearer tokens are never sent by a browser on its own and need no such check.
/// </summary>
public static class CookieAntiforgery
{
    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var unsafeMethod = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        var byCookie = http.User.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme;
        if (unsafeMethod && byCookie && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Anti-forgery check failed",
                detail: "Reload the console and try again.").ExecuteAsync(http);
            return;
        }

        await next(http);
    });
}
