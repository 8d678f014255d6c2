using Competitions.Contracts.Appeals;

namespace Competitions.Web.Api;

public sealed record ContestAppeal(string EventCode, Appeal Appeal);
