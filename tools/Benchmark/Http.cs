using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competitions.Benchmark;

public static class Http
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
