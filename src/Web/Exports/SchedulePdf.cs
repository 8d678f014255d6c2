using System.Globalization;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// The day's schedule (赛程安排) of an event to post at each venue: a page per venue, its sessions in order with their
/// planned times and, per station, the competitor seated there.
/// </summary>
public static class SchedulePdf
{
    private static readonly double[] Columns = [PdfPageCursor.Margin, 96, 160, 300, 430];

    public static byte[] Write(ContestDefinition contest, EventSchedule schedule)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{contest.Name} {schedule.EventName} 赛程安排";
        using (var cursor = new PdfPageCursor(document))
        {
            foreach (var venue in schedule.Sessions.GroupBy(s => s.Venue, StringComparer.Ordinal))
            {
                WriteVenue(cursor, contest, schedule, venue.Key, [.. venue]);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void WriteVenue(PdfPageCursor cursor, ContestDefinition contest, EventSchedule schedule, string venue, IReadOnlyList<ScheduledSession> sessions)
    {
        var body = new MixedFont(10);
        var bold = new MixedFont(10, bold: true);
        var small = new MixedFont(8);
        cursor.NewPage();
        cursor.Centered(contest.Name, new MixedFont(16, bold: true));
        cursor.Centered($"{schedule.EventName}（{schedule.EventCode}）赛程安排 Schedule", new MixedFont(14, bold: true));
        cursor.Centered($"{venue}（{contest.TimeZone}）", body);
        foreach (var session in sessions)
        {
            cursor.Space(8);
            cursor.Reserve(bold.LineHeight * 4);
            cursor.Text($"{session.Name}  {session.StartsAt:yyyy-MM-dd HH:mm}–{session.EndsAt:HH:mm}  {session.Seats.Count} 人 competitors", bold);
            cursor.Rule();
            Cells(cursor, bold, ["工位", "编号", "姓名", "单位", "签到"]);
            Cells(cursor, small, ["Station", "Code", "Name", "Organisation", "Signature"]);
            cursor.Rule();
            foreach (var seat in session.Seats)
            {
                Cells(cursor, body, [seat.Station.ToString(CultureInfo.InvariantCulture), seat.BlindCode ?? string.Empty, seat.Name ?? string.Empty, seat.Organisation ?? string.Empty, "________"]);
            }

            cursor.Rule();
        }
    }

    private static void Cells(PdfPageCursor cursor, MixedFont font, string[] cells) => cursor.Row(font, [.. Columns.Zip(cells)]);
}
