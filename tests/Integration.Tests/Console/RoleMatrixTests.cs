using System.Net;
using System.Text.RegularExpressions;
using Competitions.Contracts.Accounts;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Integration.Tests.Console;

/// <summary>
/// Every endpoint the web host maps, read from its routing table (so a new endpoint is covered without touching this
/// test), called as each kind of caller who must be refused.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class RoleMatrixTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Every_organizer_endpoint_refuses_the_public_judges_and_organizers_of_other_contests()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var judge = fixture.CreateClient(await contest.SignInAsync("J1"));
        var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var otherOrganizer = await fixture.CreateConsoleClientAsync(administrator: false, "some-other-contest");
        var ownOrganizer = await fixture.CreateConsoleClientAsync(administrator: false, contest.ContestId);
        var anonymous = fixture.CreateClient();

        var organizerEndpoints = Endpoints(Policies.Organizer, Policies.Administrator, Policies.AccountHolder);
        Assert.True(organizerEndpoints.Count >= 15, $"only {organizerEndpoints.Count} organizer endpoints found");
        var failures = new List<string>();
        foreach (var (method, pattern, policy, contentType) in organizerEndpoints)
        {
            var url = Fill(pattern, contest);
            Expect(failures, "anonymous", method, url, await SendAsync(anonymous, method, url, contentType), HttpStatusCode.Unauthorized);
            Expect(failures, "judge", method, url, await SendAsync(judge, method, url, contentType), HttpStatusCode.Forbidden);
            Expect(failures, "chief judge", method, url, await SendAsync(chief, method, url, contentType), HttpStatusCode.Forbidden);
            if (policy != Policies.AccountHolder)
            {
                Expect(failures, "organizer of another contest", method, url, await SendAsync(otherOrganizer, method, url, contentType), HttpStatusCode.Forbidden);
            }

            // The control: the refusals above come from who is calling, not from a wrong address.
            var allowed = await SendRawAsync(policy == Policies.Organizer && pattern.Contains("{contestId}", StringComparison.Ordinal) ? ownOrganizer : fixture.CreateOrganizerClient(), method, url, contentType);
            // A 404 with problem details is the endpoint's own answer (no draw yet, say); a bare 404 is a wrong address.
            var reachedEndpoint = allowed.StatusCode != HttpStatusCode.NotFound || allowed.Content.Headers.ContentType?.MediaType == "application/problem+json";
            // The dashboard's log stream is switched off (it would show the web node's log): it refuses everyone.
            var refusesEveryone = pattern == "/dashboard/Trace";
            if ((allowed.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && !refusesEveryone)
                || allowed.StatusCode == HttpStatusCode.MethodNotAllowed || !reachedEndpoint)
            {
                failures.Add($"{method} {url} as its organizer: {(int)allowed.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        var unstated = fixture.WebServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(unstated.Count == 0, "No policy and no AllowAnonymous: " + string.Join(", ", unstated));
    }

    [Fact]
    public async Task Every_staff_endpoint_refuses_the_public_and_callers_from_other_contests()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var otherContest = await TestContest.CreateAsync(fixture, startScoring: false);
        var foreignJudge = fixture.CreateClient(await otherContest.SignInAsync("J1"));
        var otherOrganizer = await fixture.CreateConsoleClientAsync(administrator: false, otherContest.ContestId);
        var anonymous = fixture.CreateClient();

        var failures = new List<string>();
        foreach (var (method, pattern, _, contentType) in Endpoints(Policies.Staff, Policies.Judge))
        {
            var url = Fill(pattern, contest);
            Expect(failures, "anonymous", method, url, await SendAsync(anonymous, method, url, contentType), HttpStatusCode.Unauthorized);
            if (pattern.Contains("{contestId}", StringComparison.Ordinal))
            {
                Expect(failures, "judge of another contest", method, url, await SendAsync(foreignJudge, method, url, contentType), HttpStatusCode.Forbidden);
                Expect(failures, "organizer of another contest", method, url, await SendAsync(otherOrganizer, method, url, contentType), HttpStatusCode.Forbidden);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_appeal_endpoint_refuses_the_public_judges_and_accounts_of_other_contests()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var judge = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var foreignArbitrator = await fixture.CreateAccountClientAsync(new AccountSetup("仲裁", false, ["some-other-contest"], Role: AccountRole.Arbitrator));
        var foreignLeader = await fixture.CreateAccountClientAsync(new AccountSetup("领队", false, ["some-other-contest"], Role: AccountRole.TeamLeader, Delegation: "福田区"));
        var anonymous = fixture.CreateClient();

        var appealEndpoints = Endpoints(Policies.TeamLeader, Policies.Arbitration, Policies.AppealReaders);
        Assert.Equal(6, appealEndpoints.Count);
        var failures = new List<string>();
        foreach (var (method, pattern, _, contentType) in appealEndpoints)
        {
            var url = Fill(pattern, contest);
            Expect(failures, "anonymous", method, url, await SendAsync(anonymous, method, url, contentType), HttpStatusCode.Unauthorized);
            Expect(failures, "chief judge", method, url, await SendAsync(judge, method, url, contentType), HttpStatusCode.Forbidden);
            Expect(failures, "arbitrator of another contest", method, url, await SendAsync(foreignArbitrator, method, url, contentType), HttpStatusCode.Forbidden);
            Expect(failures, "team leader of another contest", method, url, await SendAsync(foreignLeader, method, url, contentType), HttpStatusCode.Forbidden);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Accepts(Microsoft.AspNetCore.Http.Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json";

    private List<(string Method, string Pattern, string Policy, string ContentType)> Endpoints(params string[] policies) =>
    [
        .. fixture.WebServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint =>
            {
                var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
                return policy is not null && policies.Contains(policy)
                    ? methods.Select(method => (method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), policy, Accepts(endpoint)))
                    : [];
            }),
    ];

    private static string Fill(string pattern, TestContest contest) => RouteParameter().Replace(pattern, match => match.Groups[1].Value switch
    {
        "contestId" => contest.ContestId,
        "eventCode" => TestContest.EventCode,
        "competitorId" => "C1",
        "judgeId" => "J1",
        "appealId" or "announcementId" => Guid.Empty.ToString(),
        "page" => "1",
        _ => "x",
    });

    /// <summary>An empty body of the kind the endpoint accepts, so what answers is the authorization, not the content type.</summary>
    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url, string contentType) =>
        (await SendRawAsync(client, method, url, contentType)).StatusCode;

    private static async Task<HttpResponseMessage> SendRawAsync(HttpClient client, string method, string url, string contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = contentType.StartsWith("multipart/", StringComparison.Ordinal)
                ? new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.csv" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static void Expect(List<string> failures, string caller, string method, string url, HttpStatusCode actual, HttpStatusCode expected)
    {
        if (actual != expected)
        {
            failures.Add($"{method} {url} as {caller}: {(int)actual}, expected {(int)expected}");
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
