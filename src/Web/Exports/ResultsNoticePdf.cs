using System.Globalization;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// The results notice (公示名单) to post at the venue: per event, its published results as the public board shows them
/// (names or blind codes per the event's setting), the notice period and appeal deadline in the contest's time zone,
/// how to appeal, and lines for the chief judge's signature and the organizing committee's seal.
/// </summary>
public static class ResultsNoticePdf
{
    private static readonly double[] Columns = [PdfPageCursor.Margin, 76, 172, 282, 348, 392, 438, 484];

    private static readonly string[] HowToAppeal =
    [
        "对公示成绩有异议的，由选手所在代表队的领队在申诉截止时间前，通过赛事管理系统提交书面申诉，写明选手、申诉事项和理由。",
        "仲裁组调阅评分记录后作出裁决并告知领队；逾期提交或非领队提交的申诉不予受理。",
        "A team leader appeals for his delegation's competitors before the deadline, in writing through the contest system,",
        "naming the competitor, what is disputed and why. The arbitration group reviews the marking records and decides;",
        "appeals lodged late or not by a team leader are not accepted.",
    ];

    public static byte[] Write(ContestDefinition contest, IEnumerable<(EventView Event, LeaderboardView Board)> events)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{contest.Name} 成绩公示";
        using (var cursor = new PdfPageCursor(document))
        {
            foreach (var (view, board) in events)
            {
                WriteEvent(cursor, contest, view, board);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void WriteEvent(PdfPageCursor cursor, ContestDefinition contest, EventView view, LeaderboardView board)
    {
        var definition = view.Definition;
        var body = new MixedFont(10);
        var bold = new MixedFont(10, bold: true);
        var small = new MixedFont(8);
        const double m = PdfPageCursor.Margin;
        cursor.NewPage();
        cursor.Centered(contest.Name, new MixedFont(16, bold: true));
        cursor.Centered($"{definition.Name}（{definition.Code}）成绩公示 Results notice", new MixedFont(14, bold: true));
        cursor.Space(6);
        cursor.Row(body, [(m, $"公示期 Notice period: {contest.LocalTime(view.PublishedAt!.Value)} 至 to {contest.LocalTime(view.NoticeUntil!.Value)}")]);
        cursor.Row(body, [(m, $"申诉截止 Appeals until: {contest.LocalTime(view.AppealsUntil!.Value)}")]);
        cursor.Rule();
        Cells(cursor, bold, ["名次", definition.PublicNames ? "姓名" : "选手编号", "单位", "代表队", "理论", "实操", "总成绩", "奖项"]);
        Cells(cursor, small, ["Rank", definition.PublicNames ? "Name" : "Code", "Organisation", "Delegation", "Theory", "Practical", "Total", "Award"]);
        cursor.Rule();
        foreach (var row in board.Rows)
        {
            Cells(cursor, body,
            [
                // An assessment ranks nobody: its notice gives each candidate's result where a contest's gives the award.
                row.Assessment is null ? row.Rank.ToString(CultureInfo.InvariantCulture) : string.Empty, row.Name, row.Organisation, row.Delegation,
                Figures.Format(row.Theory), Figures.Format(row.Practical), Figures.Format(row.Total),
                row.Assessment is { } assessment ? AssessmentLabels.Summary(assessment)
                    : string.Join(" ", new[] { AwardLabels.Of(row.Award), row.Title }.Where(s => !string.IsNullOrEmpty(s))),
            ]);
        }

        cursor.Rule();
        cursor.Space(4);
        cursor.Text("申诉方式 How to appeal", bold);
        foreach (var line in HowToAppeal)
        {
            cursor.Row(small, [(m, line)]);
        }

        // The signatures stay together, on this page or the next.
        cursor.Space(16);
        cursor.Reserve(body.LineHeight * 4 + 24);
        cursor.Row(body, [(m, "裁判长 Chief judge（签字 Signature）："), (m + 230, "____________________"), (m + 370, "日期 Date：____________")]);
        cursor.Space(24);
        cursor.Row(body, [(m, "组委会 Organizing committee（盖章 Seal）："), (m + 230, "____________________"), (m + 370, "日期 Date：____________")]);
    }

    private static void Cells(PdfPageCursor cursor, MixedFont font, string[] cells) => cursor.Row(font, [.. Columns.Zip(cells)]);
}
