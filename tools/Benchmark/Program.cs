using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Competitions.Benchmark;

// Drives a running product through its real API. Modes:
//   marks   — closed loop: N concurrent tablets post marks as fast as acknowledgements return (durable marks/s);
//             each tablet enters one judge's aspects of one competitor at a time, --batch N sends them as outbox batches.
//   exports — times every export route on a published event of --competitors competitors (--repeats times each).
//   viewers — N public viewers (raw WebSockets speaking the hub protocol: ViewerSwarm) spread over events, then
//             judges post M marks/s (open loop) while the viewers' push latency is measured; with --db, counts
//             PostgreSQL statements in a viewers-only phase; with --baseline URL, the same viewers, rate and
//             groups against a bare hub (side by side, with ratios).
//   bare-hub — serves that bare SignalR hub on --port (5190): no Orleans, no database (BareHub).
//   boards  — reads every leaderboard of the contest, retrying until each answers (cold-start time; benchmark-scale.sh).
//   sheets  — reads every competitor's score sheet, waking them all (memory of a whole contest; benchmark-scale.sh).
//   fault   — 3 silos and 2 web nodes (scripts/benchmark-fault.sh): tablets mark at a steady rate, the silo holding a
//             busy event's leaderboard is killed; acknowledged vs stored marks, longest wait, time until boards push.
//   advancement — the Domain's advancement decision for --finals (108) finals of --venues (12) venue events each over
//             --competitors (120,000) preliminary entrants, top --places (24): no running product needed.
//   import  — a fresh contest of --events events, an .xlsx roster of --competitors (12,000) competitors, then the
//             import preview and commit are timed (the demo contest is not used); --files F splits the roster into F
//             files of whole events (a file holds at most 50,000 rows).
// Usage: Competitions.Benchmark --url http://127.0.0.1:5080 --key <organizer key> [--mode marks|viewers]
//   [--contest demo-2026] [--seconds 30] [--concurrency 64] [--events 108] [--viewers 10000] [--rate 1000] [--db <connection string>]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.Ordinal);
int Option(string name, int fallback) => int.Parse(options.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
string Refused(ViewerSwarm viewers) => viewers.Failures == 0 ? string.Empty : $"; {viewers.Failures:N0} failed (first: {viewers.FirstFailure})";
// Several web nodes: --url http://127.0.0.1:5090,http://127.0.0.1:5091 (tablets and viewers are spread over them).
var urls = options.GetValueOrDefault("url", "http://127.0.0.1:5080").Split(',', StringSplitOptions.RemoveEmptyEntries);
var url = urls[0];
var contestId = options.GetValueOrDefault("contest", "demo-2026");
var mode = options.GetValueOrDefault("mode", "marks");
var seconds = Option("seconds", 30);
var concurrency = Option("concurrency", 64);
var maxEvents = Option("events", 108);

if (mode == "advancement")
{
    // The Domain part of a year's advancement, in this process (AdvancementBenchmark); needs no running product.
    AdvancementBenchmark.Run(Option("finals", 108), Option("venues", 12), Option("competitors", 120_000), Option("places", 24), Option("repeats", 5))
        .ForEach(r => Console.WriteLine($"| {r.Measure} | {r.Value} |"));
    return 0;
}

if (mode == "bare-hub")
{
    await BareHub.RunAsync(Option("port", 5190));
    return 0;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(concurrency, 256), PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
var nodes = urls.Select(u => new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(u) }).ToList();
using var organizer = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(url) };
organizer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options["key"]);

if (mode == "import")
{
    Console.WriteLine($"Importing {Option("competitors", 12_000):N0} competitors over {maxEvents} events through {url} …");
    var figures = await ImportBenchmark.RunAsync(organizer, maxEvents, Option("competitors", 12_000), Option("files", 1));
    Console.WriteLine();
    Console.WriteLine("| measure | value |");
    Console.WriteLine("|---|---|");
    figures.ForEach(r => Console.WriteLine($"| {r.Measure} | {r.Value} |"));
    return 0;
}

if (mode == "exports")
{
    // Builds, marks and publishes a contest of its own, then times every export (see ExportRun).
    var exportRows = await new ExportRun(organizer).RunAsync(Option("competitors", 200), Option("repeats", 5));
    Console.WriteLine("| measure | value |");
    Console.WriteLine("|---|---|");
    exportRows.ForEach(r => Console.WriteLine($"| {r.Measure} | {r.Value} |"));
    return 0;
}

if (mode is "boards" or "sheets")
{
    // For scripts/benchmark-scale.sh: one line it can read, e.g. "boards 3.42 s 12000 rows 12000 complete 2.10 s …".
    var scale = new ContestScaleRun(organizer, contestId);
    if (mode == "boards")
    {
        var (elapsed, boardRows, complete, firstAnswer) = await scale.ReadEveryBoardAsync(TimeSpan.FromSeconds(Option("patience", 120)));
        Console.WriteLine($"boards {elapsed.TotalSeconds:F2} s {boardRows} rows {complete} complete {firstAnswer.TotalSeconds:F2} s to the first answer");
    }
    else
    {
        var clock = Stopwatch.StartNew();
        var count = await scale.ReadEverySheetAsync(concurrency);
        Console.WriteLine($"sheets {clock.Elapsed.TotalSeconds:F2} s {count} sheets");
    }

    return 0;
}

Console.WriteLine($"Reading contest {contestId} from {url} …");
var targets = await ContestPlan.LoadAsync(organizer, contestId, maxEvents);
var random = new Random(7);
var shuffled = targets.OrderBy(_ => random.Next()).ToArray();
var eventCodes = shuffled.Select(t => t.EventCode).Distinct().Order(StringComparer.Ordinal).ToList();
var tokens = await MarkSender.SignInAsync(organizer, contestId, shuffled.Select(t => t.JudgeId));
var sender = new MarkSender(nodes, contestId, tokens);
Console.WriteLine($"{shuffled.Length:N0} possible marks over {eventCodes.Count} events; judges signed in.");

var rows = new List<(string Measure, string Value)> { ("machine", $"{Environment.ProcessorCount} cores, {Environment.OSVersion}") };
var next = -1;
MarkTarget NextTarget() => shuffled[(int)((uint)Interlocked.Increment(ref next) % (uint)shuffled.Length)];

if (mode == "fault")
{
    // --silos 11211:pid,11212:pid,… (scripts/benchmark-fault.sh passes them) lets the run kill the board's silo.
    var silos = options["silos"].Split(',').Select(p => p.Split(':')).ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => int.Parse(p[1], CultureInfo.InvariantCulture));
    var fault = new FaultRun(nodes, urls, contestId, tokens);
    var figures = await fault.RunAsync(targets, options["db"], options["cluster"], silos, Option("tablets", 16), Option("rate", 5),
        TimeSpan.FromSeconds(Option("before", 15)), TimeSpan.FromSeconds(seconds));
    Console.WriteLine();
    Console.WriteLine("| measure | value |");
    Console.WriteLine("|---|---|");
    figures.ForEach(r => Console.WriteLine($"| {r.Measure} | {r.Value} |"));
    return 0;
}

if (mode == "viewers")
{
    var viewerCount = Option("viewers", 10_000);
    var rate = Option("rate", 1000);
    var run = new ViewerRun(rate, seconds, Option("warmup", 5));

    // --viewer-nodes K: the last K web nodes serve only viewers and the others only judges, as a proxy routes
    // /hubs/public to web nodes of their own (deploy/nginx.conf).
    var viewerNodes = Option("viewer-nodes", 0);
    var viewerUrls = viewerNodes > 0 ? urls[^viewerNodes..] : urls;
    var judgeNodes = viewerNodes > 0 ? nodes[..^viewerNodes] : nodes;
    sender = new MarkSender(judgeNodes, contestId, tokens);
    ViewerFigures project;
    await using (var swarm = new ViewerSwarm(viewerUrls, contestId))
    {
        var connecting = Stopwatch.StartNew();
        await swarm.ConnectAsync(eventCodes, viewerCount);
        rows.Add(("viewers connected", $"{swarm.Connected:N0} of {viewerCount:N0} over {eventCodes.Count} events in {connecting.Elapsed.TotalSeconds:F1} s{Refused(swarm)}"));
        if (options.TryGetValue("db", out var db))
        {
            // Viewers alone for 10 s: whatever PostgreSQL runs meanwhile is not caused by them.
            var statements = new DatabaseStatements(db);
            var before = await statements.SnapshotAsync();
            await Task.Delay(TimeSpan.FromSeconds(10));
            var during = DatabaseStatements.Difference(before, await statements.SnapshotAsync());
            rows.Add(("PostgreSQL statements in 10 s of viewers only", during.Count == 0 ? "0" : string.Join("; ", during.Select(d => $"{d.Value}× {d.Key}"))));
        }

        project = await run.RunAsync(swarm, sender, NextTarget);
    }

    // Then judges alone at the same rate, the viewers gone: the acknowledgement latency viewers are judged against
    // (its score sheets are warm by now, which if anything flatters it).
    ViewerFigures alone;
    await using (var nobody = new ViewerSwarm(viewerUrls, contestId))
    {
        alone = await run.RunAsync(nobody, new MarkSender(judgeNodes, contestId, tokens), NextTarget);
    }

    rows.Add(("marks/s offered", $"{rate:N0} for {seconds} s (after {Option("warmup", 5)} s of warm-up)"));
    rows.Add(("judges alone (no viewers): marks/s acknowledged, ack p50 / p99", $"{alone.AcknowledgedPerSecond:N0}, {alone.AckP50:F1} / {alone.AckP99:F1} ms"));
    rows.Add(("ack p99 with viewers ÷ judges alone", (project.AckP99 / alone.AckP99).ToString("F2", CultureInfo.InvariantCulture)));
    if (options.TryGetValue("baseline", out var baselineUrl))
    {
        // The same viewers, rate, groups and client against a bare SignalR hub (BareHub): what SignalR alone reaches here.
        using var hub = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baselineUrl) };
        await using var bareSwarm = new ViewerSwarm([baselineUrl], contestId);
        var bareConnecting = Stopwatch.StartNew();
        await bareSwarm.ConnectAsync(eventCodes, viewerCount);
        rows.Add(("viewers connected to the bare hub", $"{bareSwarm.Connected:N0} of {viewerCount:N0} in {bareConnecting.Elapsed.TotalSeconds:F1} s{Refused(bareSwarm)}"));
        var bare = await run.RunAsync(bareSwarm, new BareHubSender(hub), NextTarget);
        Compare("marks/s acknowledged", project.AcknowledgedPerSecond, bare.AcknowledgedPerSecond, "N0");
        Compare("ack latency p50 (ms)", project.AckP50, bare.AckP50, "F1");
        Compare("ack latency p99 (ms)", project.AckP99, bare.AckP99, "F1");
        Compare("deltas delivered/s", project.DeliveriesPerSecond, bare.DeliveriesPerSecond, "N0");
        Compare("changed rows delivered/s", project.RowsPerSecond, bare.RowsPerSecond, "N0");
        Compare("push latency p50 (ms)", project.PushP50, bare.PushP50, "F1");
        Compare("push latency p99 (ms)", project.PushP99, bare.PushP99, "F1");
        Compare("benchmark client CPU share", project.ClientCpuShare * 100, bare.ClientCpuShare * 100, "F0");
        Compare("marks not sent (more than 512 in flight)", project.NotSent, bare.NotSent, "N0");
        Compare("viewers still connected", project.StillConnected, bare.StillConnected, "N0");

        void Compare(string measure, double product, double baseline, string format) =>
            rows.Add((measure, $"{product.ToString(format, CultureInfo.InvariantCulture)}; bare SignalR {baseline.ToString(format, CultureInfo.InvariantCulture)}; product ÷ bare {(baseline == 0 ? "–" : (product / baseline).ToString("F2", CultureInfo.InvariantCulture))}"));
    }
    else
    {
        rows.Add(("marks/s acknowledged", $"{project.AcknowledgedPerSecond:N0}"));
        rows.Add(("marks not sent (more than 512 in flight)", $"{project.NotSent:N0}"));
        rows.Add(("ack latency p50 / p99", $"{project.AckP50:F1} / {project.AckP99:F1} ms"));
        rows.Add(("deltas delivered to viewers", $"{project.Deliveries:N0} ({project.DeliveriesPerSecond:N0}/s)"));
        rows.Add(("changed rows delivered/s", $"{project.RowsPerSecond:N0}"));
        rows.Add(("mark-to-viewer push latency p50 / p99", $"{project.PushP50:F1} / {project.PushP99:F1} ms"));
        rows.Add(("benchmark client CPU share", $"{project.ClientCpuShare:P0}"));
        rows.Add(("viewers still connected", $"{project.StillConnected:N0}"));
    }
}
else
{
    // Tablets work as judges do: one judge's aspects of one competitor at a time. With --batch 1 each mark is its own
    // request (a tablet online); with more, the marks go as one outbox request of up to that many.
    var batch = Option("batch", 1);
    var work = targets.GroupBy(t => (t.EventCode, t.CompetitorId, t.JudgeId)).Select(g => g.ToList()).OrderBy(_ => random.Next()).ToArray();
    var nextWork = -1;
    var warmup = TimeSpan.FromSeconds(Option("warmup", 10));
    sender.Measuring = false;
    var clock = Stopwatch.StartNew();
    var measuring = Task.Delay(warmup).ContinueWith(_ =>
    {
        clock.Restart();
        sender.Measuring = true;
    }, TaskScheduler.Default);
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        var values = new Random(worker);
        while (!sender.Measuring || clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var marks = work[(int)((uint)Interlocked.Increment(ref nextWork) % (uint)work.Length)];
            foreach (var chunk in marks.Chunk(batch))
            {
                await (batch == 1 ? sender.SendAsync(chunk[0], values, $"bench-{worker}") : sender.SendBatchAsync(chunk, values, $"bench-{worker}"));
            }
        }
    }));
    await measuring;
    var elapsed = clock.Elapsed.TotalSeconds;
    rows.Add(("concurrent tablets", $"{concurrency}, {(batch == 1 ? "one mark per request" : $"outbox batches of up to {batch} marks")}"));
    rows.Add(("marks acknowledged", $"{sender.Acknowledged:N0} in {elapsed:F1} s (after {warmup.TotalSeconds:F0} s of warm-up)"));
    rows.Add(("durable marks/s", $"{sender.Acknowledged / elapsed:N0}"));
    rows.Add(("ack latency p50 / p99", $"{sender.AckLatency.Percentile(50):F1} / {sender.AckLatency.Percentile(99):F1} ms (per request)"));
}

rows.Add(("refused or failed marks", $"{sender.Failures:N0} (of which requests answered 503 with Retry-After, which a tablet resends: {sender.Unavailable:N0})"));
if (options.TryGetValue("json", out var jsonPath))
{
    // For scripts/benchmark-table.sh, which puts several runs side by side.
    await File.WriteAllTextAsync(jsonPath, System.Text.Json.JsonSerializer.Serialize(rows.ToDictionary(r => r.Measure, r => r.Value)));
}

rows.Add(("benchmark client memory", $"{Environment.WorkingSet / (1 << 20):N0} MiB"));
Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
rows.ForEach(r => Console.WriteLine($"| {r.Measure} | {r.Value} |"));
return sender.Failures == 0 ? 0 : 1;
