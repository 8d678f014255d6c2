namespace Competitions.Domain.Visibility;

/// <summary>What organizers let the public see of a board: as it is, as it was when frozen, or nothing (embargo).</summary>
public enum BoardMode
{
    Live,
    Frozen,
    Hidden,
}
