using System.Text.RegularExpressions;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Docs;

/// <summary>Clients translate refusals by code, so every code the server can send must be in docs/api.md.</summary>
public sealed partial class ProblemCodeDocsTests
{
    [Fact]
    public void Every_problem_code_in_the_source_is_listed_in_the_api_document()
    {
        var documented = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "api.md"));
        var codes = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => CodeInSource().Matches(File.ReadAllText(path)).Select(m => m.Groups["code"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(codes.Count > 50, $"only {codes.Count} codes found: the pattern no longer matches the source");
        Assert.Empty(codes.Where(code => !documented.Contains($"`{code}`", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_the_tablet_translates_is_a_documented_problem_code()
    {
        var documented = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "api.md"));
        var translations = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Web", "ClientApp", "src", "shared", "staffText.ts"));
        var refusals = translations[..translations.IndexOf("ledgerKindNames", StringComparison.Ordinal)];
        var codes = TranslatedCode().Matches(refusals).Select(m => m.Groups["code"].Value).ToList();

        // A misspelt code would never match a refusal, and the judge would read the server's English instead.
        Assert.True(codes.Count > 30, $"only {codes.Count} translated codes found: the pattern no longer matches staffText.ts");
        Assert.DoesNotContain(codes, code => !documented.Contains($"`{code}`", StringComparison.Ordinal));
    }

    // An entry of staffRefusals: `  'mark-invalid': same(` or `  recused: same(`.
    [GeneratedRegex("""^\s+'?(?<code>[a-z][a-z0-9-]*)'?: same\(""", RegexOptions.Multiline)]
    private static partial Regex TranslatedCode();

    // CompetitionRuleException.Invalid("code", …), new FieldProblem(field, "code", …), ["code"] = … in ProblemCodes.
    [GeneratedRegex("""(?:CompetitionRuleException\.(?:Invalid|NotFound|Forbidden|Conflict)\(\s*|new FieldProblem\([^,]+,\s*|=> )"(?<code>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)"[,;]?""")]
    private static partial Regex CodeInSource();
}
