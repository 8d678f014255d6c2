namespace Competitions.Web.Hosting;

/// <summary>
/// Endpoint metadata: the largest request body this endpoint reads. Endpoints without it take
/// <see cref="DefaultBytes"/>, which is far more than any command or a 500-mark outbox batch needs.
/// </summary>
public sealed record RequestBodyLimit(long Bytes)
{
    public const long DefaultBytes = 1024 * 1024;
}
