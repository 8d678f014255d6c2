using Competitions.Domain.Notices;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

public sealed class ResultsNoticeTests
{
    [Theory]
    [InlineData(EventStatus.Setup, true, "results-not-published")]
    [InlineData(EventStatus.Scoring, true, "results-not-published")]
    [InlineData(EventStatus.Locked, true, "results-not-published")]
    [InlineData(EventStatus.Published, false, "results-held")]
    [InlineData(EventStatus.Published, true, null)]
    public void A_notice_is_printed_for_published_results_the_public_board_shows(EventStatus status, bool publicBoardLive, string? refusal)
    {
        Assert.Equal(refusal, ResultsNotice.Printing("E1", status, publicBoardLive)?.Code);
    }
}
