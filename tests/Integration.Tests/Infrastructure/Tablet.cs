using Competitions.Web.Api;
using Microsoft.Playwright;

namespace Competitions.Integration.Tests.Infrastructure;

/// <summary>A judge's tablet: a browser context at a tablet viewport, signed in through a one-time code link.</summary>
public sealed class Tablet : IAsyncDisposable
{
    public static readonly ViewportSize Portrait = new() { Width = 768, Height = 1024 };
    public static readonly ViewportSize Landscape = new() { Width = 1024, Height = 768 };

    private Tablet(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <param name="watch">Attached to the page before it first loads (to record its requests, for instance).</param>
    public static async Task<Tablet> SignInAsync(CompetitionsFixture fixture, TestContest contest, string judgeId, ViewportSize viewport, Action<IPage>? watch = null)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = viewport,
            HasTouch = true,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        watch?.Invoke(page);
        var tablet = new Tablet(context, page);
        await tablet.OpenSignInLinkAsync(contest, judgeId);
        return tablet;
    }

    public async Task OpenSignInLinkAsync(TestContest contest, string judgeId)
    {
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/{judgeId}/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();
        await Page.GotoAsync(code.SignInPath);
        await Page.Locator(".card").First.WaitForAsync();
    }

    public async Task OpenCompetitorAsync(string competitorId)
    {
        await Page.Locator($"[data-competitor='{competitorId}']").ClickAsync();
        await Page.Locator(".sheet h2").WaitForAsync();
    }

    public Task ScoreAsync(string aspectId, int score) =>
        Page.Locator($"[data-aspect='{aspectId}'] [data-score='{score}']").ClickAsync();

    public async Task MeasureAsync(string aspectId, string keys)
    {
        await Page.Locator($"[data-aspect='{aspectId}'] [data-testid='keypad-open']").ClickAsync();
        foreach (var key in keys)
        {
            await Page.Locator($".keypad [data-key='{key}']").ClickAsync();
        }

        await Page.Locator("[data-testid='keypad-ok']").ClickAsync();
    }

    public ILocator MarkStatus(string aspectId) => Page.Locator($"[data-aspect='{aspectId}'] [data-testid='mark-status']");

    /// <summary>The bearer token the app keeps in localStorage, for forging requests past the UI.</summary>
    public Task<string> TokenAsync() => Page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('judge-session')).token");

    public Task ScreenshotAsync(string name, bool fullPage = false) => Page.SaveDocumentationScreenshotAsync(name, fullPage);

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
