using System.Globalization;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Assessments;
using Competitions.Domain.Awards;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// One A4 landscape certificate per awarded competitor, in rank order, with the competitor's real name; on an assessment
/// one skill-level certificate (职业技能等级证书) per candidate who passed, naming the level, and none for the others.
/// </summary>
public static class CertificatePdf
{
    public static byte[] Write(EventExport export)
    {
        using var document = new PdfDocument();
        var assessment = export.Event.Definition.Assessment is not null;
        document.Info.Title = $"{export.Contest.Name} {export.Event.Definition.Name} {(assessment ? "职业技能等级证书" : "获奖证书")}";
        var date = export.Contest.EndsOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        using (var cursor = new PdfPageCursor(document, PageOrientation.Landscape))
        {
            foreach (var row in assessment
                ? export.Board.Rows.Where(r => r.Assessment?.Overall == PartResult.Pass)
                : export.Board.Rows.Where(r => r.Award != AwardBand.None).OrderBy(r => r.Rank))
            {
                var name = export.Roster.FirstOrDefault(c => c.Id == row.CompetitorId)?.Name ?? row.Name;
                if (row.Assessment?.LevelCertified is { } level)
                {
                    WriteLevel(cursor, export, name, row, level, date);
                }
                else
                {
                    Write(cursor, export, name, AwardLabels.Of(row.Award), row.Title, row.PromotedTo, date);
                }
            }
        }

        if (document.PageCount == 0)
        {
            throw Contracts.Errors.CompetitionRuleException.Conflict("no-awards", assessment
                ? $"Nobody passed assessment {export.Event.Definition.Code}."
                : $"Event {export.Event.Definition.Code} has no awarded competitor.");
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void WriteLevel(PdfPageCursor cursor, EventExport export, string name, LeaderboardRow row, string level, string date)
    {
        Frame(cursor);
        var definition = export.Event.Definition;
        cursor.MoveTo(90);
        cursor.Centered("职业技能等级证书", new MixedFont(40, bold: true));
        cursor.Space(30);
        cursor.Text($"{name}：", new MixedFont(22, bold: true), 110);
        cursor.Space(8);
        cursor.Text($"参加{export.Contest.Name}{definition.Name}职业技能等级认定，成绩合格", new MixedFont(18), 150);
        var parts = new[]
        {
            definition.TheoryPercent > 0m ? $"理论知识 {Figures.Format(row.Theory)}" : null,
            definition.PracticalPercent > 0m ? $"操作技能 {Figures.Format(row.Practical)}" : null,
        }.OfType<string>();
        cursor.Space(6);
        cursor.Text($"（{string.Join("，", parts)}），特发此证，认定职业技能等级为", new MixedFont(18), 150);
        cursor.Space(16);
        cursor.Centered(level, new MixedFont(36, bold: true));
        Footer(cursor, export, date);
    }

    private static void Frame(PdfPageCursor cursor)
    {
        cursor.NewPage();
        var g = cursor.Graphics;
        g.DrawRectangle(new XPen(XColors.DarkRed, 3), 24, 24, cursor.Width - 48, cursor.Height - 48);
        g.DrawRectangle(new XPen(XColors.Goldenrod, 1), 32, 32, cursor.Width - 64, cursor.Height - 64);
    }

    private static void Footer(PdfPageCursor cursor, EventExport export, string date)
    {
        cursor.MoveTo(cursor.Height - 150);
        var footer = new MixedFont(16);
        cursor.RightAligned(export.Contest.Name, footer, cursor.Width - 110);
        cursor.Space(28);
        cursor.RightAligned(date, footer, cursor.Width - 110);
    }

    private static void Write(PdfPageCursor cursor, EventExport export, string name, string award, string? title, string? promotedTo, string date)
    {
        Frame(cursor);
        cursor.MoveTo(90);
        cursor.Centered("荣誉证书", new MixedFont(40, bold: true));
        cursor.Space(30);
        cursor.Text($"{name}：", new MixedFont(22, bold: true), 110);
        cursor.Space(8);
        cursor.Text($"在{export.Contest.Name}{export.Event.Definition.Name}赛项中成绩优异，荣获", new MixedFont(18), 150);
        cursor.Space(16);
        cursor.Centered(award, new MixedFont(36, bold: true));
        if (title is not null)
        {
            cursor.Space(8);
            cursor.Centered($"并授予“{title}”称号", new MixedFont(20, bold: true));
        }

        if (promotedTo is not null)
        {
            cursor.Space(6);
            cursor.Centered($"晋升职业技能等级：{promotedTo}", new MixedFont(18));
        }

        cursor.Space(12);
        cursor.Text("特发此证，以资鼓励。", new MixedFont(18), 150);
        Footer(cursor, export, date);
    }
}
