using Competitions.Contracts.Accounts;

namespace Competitions.Web.Api;

/// <summary>The signed-in organizer, and the anti-forgery token the console sends back on every change.</summary>
public sealed record AccountResponse(Account Account, string CsrfToken);
