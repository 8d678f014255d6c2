using Competitions.Domain.Sessions;
using Competitions.Domain.Visibility;

namespace Competitions.Domain.Tests;

public sealed class ScheduleVisibilityTests
{
    [Theory]
    [InlineData(false, true, true, false, true)] // open marking, public names: names and organisations
    [InlineData(true, true, false, true, false)] // blind marking: a name beside a station would unblind the judges
    [InlineData(false, false, false, true, false)] // names not public: codes, as on the public board
    public void The_public_schedule_shows_names_only_when_the_public_board_does_and_marking_is_not_blind(
        bool blind, bool publicNames, bool names, bool codes, bool organisations)
    {
        var shown = ScheduleVisibility.Public(new EventPrivacy(blind, publicNames, Published: false));

        Assert.Equal((names, codes, organisations, false), (shown.Names, shown.BlindCodes, shown.Organisations, shown.InternalIds));
    }
}
