using System.Security.Cryptography;
using System.Text;

namespace Competitions.Contracts.Sessions;

/// <summary>Codes and tokens are stored and addressed only by their SHA-256, never in clear.</summary>
public static class SecretHash
{
    public static string Of(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A random secret of <paramref name="bytes"/> bytes, URL-safe.</summary>
    public static string NewSecret(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
