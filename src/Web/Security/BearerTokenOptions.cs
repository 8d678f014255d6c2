using Microsoft.AspNetCore.Authentication;

namespace Competitions.Web.Security;

public sealed class BearerTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>Organizer API keys, from configuration (<c>Auth:OrganizerKeys</c>) or the environment; never from the repository.</summary>
    public IReadOnlyList<string> OrganizerKeys { get; set; } = [];
}
