using Microsoft.AspNetCore.Http.Features;

namespace Competitions.Web.Hosting;

/// <summary>
/// Applies each endpoint's <see cref="RequestBodyLimit"/> (or the default) before its body is read: a larger body is
/// answered 413 as soon as it passes the limit, never buffered whole.
/// </summary>
public static class RequestBodyLimitMiddleware
{
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>()?.Bytes ?? RequestBodyLimit.DefaultBytes;
        }

        return next(context);
    });
}
