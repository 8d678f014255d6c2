using System.Net;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Exports;

[Collection(ClusterCollection.Name)]
public sealed class ExportAccessTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Judges_get_403_and_anonymous_clients_401_from_every_export_route()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/CHIEF/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();
        var session = await (await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(code.Code))).ReadAsync<SessionResponse>();
        // The chief judge, who may read the live board and score sheets, still gets no files.
        var chief = fixture.CreateClient(session.Token);
        var anonymous = fixture.CreateClient();
        string[] routes =
        [
            $"{contest.EventPath}/exports/results.csv",
            $"{contest.EventPath}/exports/results.xlsx",
            $"/api/contests/{contest.ContestId}/exports/results.csv",
            $"/api/contests/{contest.ContestId}/exports/results.xlsx",
            $"{contest.EventPath}/exports/scoresheets/C1.pdf",
            $"{contest.EventPath}/exports/scoresheets.pdf",
            $"{contest.EventPath}/exports/certificates.pdf",
            $"{contest.EventPath}/exports/ledger.csv",
        ];

        foreach (var route in routes)
        {
            Assert.Equal((route, HttpStatusCode.OK), (route, (await contest.Organizer.GetAsync(route)).StatusCode));
            Assert.Equal((route, HttpStatusCode.Forbidden), (route, (await chief.GetAsync(route)).StatusCode));
            Assert.Equal((route, HttpStatusCode.Unauthorized), (route, (await anonymous.GetAsync(route)).StatusCode));
        }
    }
}
