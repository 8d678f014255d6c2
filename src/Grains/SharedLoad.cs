namespace Competitions.Grains;

/// <summary>
/// A grain's load of its state, shared by interleaved calls: the first caller starts it, the others await the same
/// task instead of loading twice. A failed load is started again by the next caller; <see cref="Forget"/> makes the
/// next caller load afresh (when what was loaded can no longer be trusted).
/// </summary>
public sealed class SharedLoad
{
    private Task? _load;

    /// <summary>Whether a load has started and not been forgotten since.</summary>
    public bool Started => _load is not null;

    public async Task EnsureAsync(Func<Task> load)
    {
        var current = _load ??= load();
        try
        {
            await current;
        }
        catch
        {
            // Only this attempt is forgotten: a newer one started meanwhile stays.
            if (ReferenceEquals(_load, current))
            {
                _load = null;
            }

            throw;
        }
    }

    public void Forget() => _load = null;
}
