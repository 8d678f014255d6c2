using Competitions.Domain.Registry;

namespace Competitions.Grains.Registry;

[GenerateSerializer]
public sealed class PersonState
{
    [Id(0)]
    public string? Name { get; set; }

    /// <summary>Masked as responses show it: the whole number is never stored here.</summary>
    [Id(1)]
    public string? MaskedIdNumber { get; set; }

    [Id(2)]
    public List<PersonLinkState> Links { get; set; } = [];

    public PersonRecord ToRecord() => new(Name, MaskedIdNumber, [.. Links.Select(l => l.ToLink())]);

    public void Apply(PersonRecord record)
    {
        Name = record.Name;
        MaskedIdNumber = record.MaskedIdNumber;
        Links = [.. record.Links.Select(PersonLinkState.From)];
    }
}
