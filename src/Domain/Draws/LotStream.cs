using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Competitions.Domain.Draws;

/// <summary>
/// A stream of random numbers fixed by a seed and a label: block i is HMAC-SHA256(seed, label ‖ 0 ‖ i). Unlike
/// System.Random, whose algorithm may change between .NET versions, anyone can recompute a draw from its seed on
/// any machine; different labels give streams that say nothing about each other.
/// </summary>
public sealed class LotStream : IDisposable
{
    private readonly HMACSHA256 _hmac;
    private readonly byte[] _label;
    private readonly byte[] _block = new byte[32];
    private long _counter;
    private int _offset = 32;

    public LotStream(string seed, string label)
    {
        _hmac = new HMACSHA256(Encoding.UTF8.GetBytes(seed));
        _label = Encoding.UTF8.GetBytes(label);
    }

    /// <summary>A uniformly distributed integer in [0, bound), without modulo bias (out-of-range values are redrawn).</summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        while (true)
        {
            var value = NextUInt64();
            if (value < limit)
            {
                return (int)(value % (ulong)bound);
            }
        }
    }

    public void Dispose() => _hmac.Dispose();

    private ulong NextUInt64()
    {
        if (_offset == _block.Length)
        {
            var message = new byte[_label.Length + 1 + sizeof(long)];
            _label.CopyTo(message, 0);
            BinaryPrimitives.WriteInt64BigEndian(message.AsSpan(_label.Length + 1), _counter++);
            _hmac.TryComputeHash(message, _block, out _);
            _offset = 0;
        }

        var value = BinaryPrimitives.ReadUInt64BigEndian(_block.AsSpan(_offset));
        _offset += sizeof(ulong);
        return value;
    }
}
