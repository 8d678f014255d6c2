using System.Text;

namespace Competitions.Web.Exports;

/// <summary>What every CSV and XLSX download shares: content types, the BOM, and cells Excel must not run.</summary>
public static class SpreadsheetFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>The BOM is what makes Excel read a CSV as UTF-8 rather than the local code page (Chinese names).</summary>
    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    /// <summary>
    /// Names and organisations come from imported files: one starting with = + - or @ would run as a formula when an
    /// organizer opens the CSV in Excel, so it is written as text. (The ledger CSV stays byte-exact for its verifier.)
    /// </summary>
    public static string? TextCell(string? value) => value is ['=' or '+' or '-' or '@', ..] ? "'" + value : value;
}
