using System.Text;
using Competitions.Domain.Ledger;

// Usage: dotnet run --project tools/LedgerVerifier -- ledger.csv
// Exit codes: 0 every chain intact, 1 broken rows found, 2 usage or file error.
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: ledger-verifier <ledger.csv>   (the file from GET …/exports/ledger.csv)");
    return 2;
}

if (!File.Exists(args[0]))
{
    Console.Error.WriteLine($"File not found: {args[0]}");
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
using var reader = new StreamReader(args[0], Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
var result = LedgerVerification.Verify(reader);
if (result.IsIntact)
{
    Console.WriteLine($"OK: {result.Rows} rows in {result.Streams} streams; every chain verifies.");
    return 0;
}

foreach (var problem in result.Problems)
{
    Console.WriteLine($"BROKEN {problem.Stream} #{problem.Sequence}: {problem.Reason}");
}

Console.WriteLine($"{result.Problems.Count} problem(s) in {result.Rows} rows of {result.Streams} streams.");
return 1;
