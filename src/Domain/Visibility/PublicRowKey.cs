using System.Security.Cryptography;
using System.Text;

namespace Competitions.Domain.Visibility;

/// <summary>
/// The key of a competitor's row on public boards: a keyed hash of event and competitor, so viewers can follow a
/// row from one update to the next, while nobody without the event's secret can tell which competitor id it is.
/// </summary>
public static class PublicRowKey
{
    /// <summary>A new per-event secret.</summary>
    public static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public static string Of(string secret, string eventKey, string competitorId)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{eventKey}\n{competitorId}"));
        return Convert.ToHexString(mac, 0, 10).ToLowerInvariant();
    }
}
