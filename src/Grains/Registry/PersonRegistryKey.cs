using System.Text;
using Competitions.Domain.Registry;

namespace Competitions.Grains.Registry;

/// <summary>
/// The registry's secret (setting <c>Registry:Key</c> on every silo, the same on all of them and for all time: a
/// different key finds nobody already registered). Only silos hold it, so web nodes never see how a person is keyed.
/// </summary>
public sealed class PersonRegistryKey
{
    public const string Setting = "Registry:Key";

    private readonly byte[] _key;

    public PersonRegistryKey(string configured)
    {
        _key = Encoding.UTF8.GetBytes(configured);
        if (_key.Length < PersonKey.MinimumKeyBytes)
        {
            throw new InvalidOperationException($"{Setting} must be at least {PersonKey.MinimumKeyBytes} characters (e.g. openssl rand -hex 32).");
        }
    }

    /// <summary>The person grain's key for this ID number.</summary>
    public string PersonOf(string idNumber) => PersonKey.Of(_key, idNumber);
}
