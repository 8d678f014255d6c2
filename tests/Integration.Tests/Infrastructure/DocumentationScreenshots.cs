using Microsoft.Playwright;

namespace Competitions.Integration.Tests.Infrastructure;

public static class DocumentationScreenshots
{
    /// <summary>
    /// Saves the page as <c>docs/screenshots/NAME.png</c> when they are being refreshed (UPDATE_SCREENSHOTS=1); an
    /// ordinary run takes none, since nobody keeps the image.
    /// </summary>
    public static async Task SaveDocumentationScreenshotAsync(this IPage page, string name, bool fullPage = false)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", $"{name}.png"),
                FullPage = fullPage,
            });
        }
    }
}
