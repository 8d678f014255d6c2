using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Competitions.Contracts;

public static class ExceptionSerialization
{
    /// <summary>
    /// Lets storage errors (Npgsql's) cross silo and client boundaries as what they are. Without it a grain whose
    /// database call failed answers a caller on another silo with a codec error instead of the cause.
    /// </summary>
    public static IServiceCollection AddCompetitionsExceptionSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options =>
        {
            options.SupportedNamespacePrefixes.Add("Npgsql");
            options.SupportedNamespacePrefixes.Add("Competitions");
        });
}
