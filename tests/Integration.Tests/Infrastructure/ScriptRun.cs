namespace Competitions.Integration.Tests.Infrastructure;

public sealed record ScriptRun(int ExitCode, string Output, string Errors);
