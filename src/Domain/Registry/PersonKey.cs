using System.Security.Cryptography;
using System.Text;
using Competitions.Domain.Competitors;

namespace Competitions.Domain.Registry;

/// <summary>
/// The key a person is registered under: an HMAC-SHA256 of his normalised ID number with the registry key from the
/// silos' configuration. The same number always gives the same key, so entries of any contest or year meet under it,
/// while the key alone (in grain storage, logs, the database) names nobody to whoever lacks the registry key.
/// </summary>
public static class PersonKey
{
    /// <summary>Below this a registry key could be guessed; 32 bytes is what HMAC-SHA256 uses in full.</summary>
    public const int MinimumKeyBytes = 32;

    public static string Of(ReadOnlySpan<byte> registryKey, string idNumber)
    {
        if (registryKey.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The registry key must be at least {MinimumKeyBytes} bytes.", nameof(registryKey));
        }

        var mac = HMACSHA256.HashData(registryKey, Encoding.UTF8.GetBytes(IdNumber.Normalise(idNumber)));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
