namespace Competitions.Benchmark;

/// <summary>
/// Ordinal equality of (event code, public name) keys that also accepts a <see cref="PublicRowName"/> for the lookup,
/// with the same hash: a span hashes as the equal string does.
/// </summary>
public sealed class PublicRowComparer : IEqualityComparer<(string EventCode, string PublicName)>,
    IAlternateEqualityComparer<PublicRowName, (string EventCode, string PublicName)>
{
    public static PublicRowComparer Instance { get; } = new();

    private PublicRowComparer()
    {
    }

    public bool Equals((string EventCode, string PublicName) x, (string EventCode, string PublicName) y) =>
        string.Equals(x.EventCode, y.EventCode, StringComparison.Ordinal) && string.Equals(x.PublicName, y.PublicName, StringComparison.Ordinal);

    public int GetHashCode((string EventCode, string PublicName) obj) =>
        HashCode.Combine(string.GetHashCode(obj.EventCode.AsSpan()), string.GetHashCode(obj.PublicName.AsSpan()));

    public bool Equals(PublicRowName alternate, (string EventCode, string PublicName) other) =>
        string.Equals(alternate.EventCode, other.EventCode, StringComparison.Ordinal) && alternate.Name.SequenceEqual(other.PublicName);

    public int GetHashCode(PublicRowName alternate) =>
        HashCode.Combine(string.GetHashCode(alternate.EventCode.AsSpan()), string.GetHashCode(alternate.Name));

    public (string EventCode, string PublicName) Create(PublicRowName alternate) => (alternate.EventCode, alternate.Name.ToString());
}
