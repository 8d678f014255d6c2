namespace Competitions.Benchmark;

/// <summary>Collects latencies from many threads and reports percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_milliseconds)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public double Percentile(double percentile)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _milliseconds.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }
}
