using Microsoft.Extensions.FileProviders;

namespace Competitions.Web.Hosting;

public static class FrontEndFiles
{
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
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
