namespace Competitions.Contracts.Events;

/// <summary>Places up to <see cref="UpToPlace"/> earn <see cref="Title"/> (e.g. 5 → 技术能手).</summary>
[GenerateSerializer, Immutable]
public sealed record TitleDefinition([property: Id(0)] int UpToPlace, [property: Id(1)] string Title);
