using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace Competitions.Web.Hosting;

public static class FrontEndFiles
{
    /// <summary>Vite puts a content hash in every name under /assets/: such a file never changes, so phones keep it a year.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Only the front end's own text files are compressed: API answers and SignalR frames are not worth the CPU.</summary>
    private static readonly string[] CompressedTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/manifest+json"];

    /// <summary>Brotli (gzip for older browsers) for the pages and scripts: a phone on a venue's crowded Wi-Fi loads a third of the bytes.</summary>
    public static IServiceCollection AddFrontEndCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // static files only: no secret is mixed into a compressed response (BREACH)
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// Serves the Vite build (ClientApp/dist, or <c>FrontEnd:Path</c>) as static files. It is not wwwroot because
    /// the SDK's static web assets would fix the hashed file names before the front end is built.
    /// </summary>
    public static WebApplication UseFrontEnd(this WebApplication app)
    {
        var path = Path.Combine(app.Environment.ContentRootPath, app.Configuration["FrontEnd:Path"] ?? "ClientApp/dist");
        if (!Directory.Exists(path))
        {
            app.Logger.LogWarning("No front end at {Path}: build src/Web (or run npm run build in ClientApp) to serve the pages", path);
            return app;
        }

        var files = new PhysicalFileProvider(path);
        app.UseResponseCompression();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Pages, the service worker and the manifest keep their names across releases: revalidated every time
            // (an ETag makes that a 304), so a new release reaches every tablet on its next load.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? Immutable : "no-cache",
        });
        return app;
    }
}
