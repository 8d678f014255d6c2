using Competitions.Domain.Awards;

namespace Competitions.Web.Api;

public sealed record MedalCountingRequest(MedalCounting Counting);
