using System.Text.Json;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Competitions.Integration.Tests.Accessibility;

/// <summary>
/// Runs axe-core (the npm package the front end installs, put into the page: nothing downloaded) against the
/// page as it stands, for WCAG 2.1 A and AA.
/// </summary>
public static class AxeCheck
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "src", "Web", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Fails with every serious or critical violation: its rule, what it means, and the elements it found.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // Evaluated by the browser's debugging protocol: a script tag would be refused by the pages' own CSP.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Script));
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
              .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`)
            """);
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
