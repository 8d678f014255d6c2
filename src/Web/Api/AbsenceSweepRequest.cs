namespace Competitions.Web.Api;

/// <summary>Ends check-in; <see cref="EntryId"/> is made once on the device, so a resend marks no one twice.</summary>
public sealed record AbsenceSweepRequest(Guid EntryId);
