namespace Competitions.Web.Api;

/// <summary>A person looked up by ID number: in the body, never the URL, so the number lands in no access log.</summary>
public sealed record PersonLookupRequest(string IdNumber);
