using System.Text.Json.Nodes;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Docs;

/// <summary>
/// The served OpenAPI document is complete for every operation (a new endpoint gets the same description or fails
/// here), and the copy the front end generates its types from (ClientApp/openapi.json) is the served one.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OpenApiDocumentTests(CompetitionsFixture fixture)
{
    private static readonly string CommittedPath = Path.Combine(RepositoryPaths.Root, "src", "Web", "ClientApp", "openapi.json");

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Both_security_schemes_are_described()
    {
        var schemes = (await DocumentAsync())["components"]!["securitySchemes"]!;

        Assert.Equal("bearer", schemes["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["cookie"]!["in"]!.GetValue<string>());
        Assert.Equal("competitions.organizer", schemes["cookie"]!["name"]!.GetValue<string>());
        Assert.Contains("X-CSRF-TOKEN", schemes["cookie"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_problem_responses_and_the_security_its_route_needs()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        Assert.True(operations.Count > 80, $"only {operations.Count} operations");

        foreach (var (name, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{name} has no summary");
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "400", "503" })
            {
                Assert.True(responses.ContainsKey(status), $"{name} has no {status}");
            }

            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                Assert.True(schema is "#/components/schemas/Problem" or "#/components/schemas/ValidationProblem", $"{name} {status} is not a problem: {schema}");
            }

            var secured = operation["security"] is JsonArray { Count: > 0 };
            var isPublic = name.Contains("/api/public/", StringComparison.Ordinal) || name.EndsWith("/api/account/sign-in", StringComparison.Ordinal);
            Assert.True(!isPublic || !secured, $"{name} is public but asks for credentials");
            Assert.Equal(secured, responses.ContainsKey("401"));
        }

        var problem = document["components"]!["schemas"]!["Problem"]!;
        Assert.Contains("code", problem["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotNull(document["components"]!["schemas"]!["ValidationProblem"]!["properties"]!["errors"]);

        var marks = operations.Single(o => o.Name == "post /api/contests/{contestId}/events/{eventCode}/competitors/{competitorId}/marks").Operation;
        var schemes = marks["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
        Assert.Contains("bearer", schemes);
        Assert.Contains("429", operations.Single(o => o.Name == "get /api/public/contests/{contestId}/events/{eventCode}/leaderboard").Operation["responses"]!.AsObject().Select(r => r.Key));
    }

    [Theory]
    [InlineData("/api/contests/{contestId}/events/{eventCode}/exports/results.csv", "text/csv")]
    [InlineData("/api/contests/{contestId}/events/{eventCode}/exports/results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/api/contests/{contestId}/events/{eventCode}/exports/certificates.pdf", "application/pdf")]
    public async Task Downloads_are_described_with_their_content_type_as_binary(string path, string contentType)
    {
        var ok = (await DocumentAsync())["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!.AsObject();

        var (type, media) = Assert.Single(ok);
        Assert.Equal(contentType, type);
        Assert.Equal("binary", media!["schema"]!["format"]!.GetValue<string>());
    }

    /// <summary>Set UPDATE_OPENAPI_DOCUMENT=1 to rewrite the committed copy, then run <c>npm run api-types</c>.</summary>
    [Fact]
    public async Task The_committed_document_for_the_front_end_types_is_the_served_one()
    {
        var served = (await fixture.CreateClient().GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI_DOCUMENT") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served);
        }

        Assert.True(served == (await File.ReadAllTextAsync(CommittedPath)).ReplaceLineEndings("\n"),
            "src/Web/ClientApp/openapi.json is stale: run this test with UPDATE_OPENAPI_DOCUMENT=1, then npm run api-types in ClientApp");
    }

    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await fixture.CreateClient().GetStringAsync("/openapi/v1.json"))!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select ($"{method.Key} {path.Key}", method.Value!);
}
