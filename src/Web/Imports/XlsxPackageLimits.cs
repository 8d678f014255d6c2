using System.IO.Compression;
using Competitions.Contracts.Errors;

namespace Competitions.Web.Imports;

/// <summary>
/// An .xlsx file is a zip archive; a 100 KB upload can inflate to gigabytes (a decompression bomb). The archive's
/// directory states every part's size, and .NET refuses a part that inflates beyond it, so checking the directory
/// before reading any part bounds what reading the sheet can cost.
/// </summary>
public static class XlsxPackageLimits
{
    /// <summary>A 50,000-row roster inflates to a few tens of megabytes.</summary>
    public const long MaxInflatedBytes = 128L * 1024 * 1024;

    /// <summary>Spreadsheet XML compresses about ten to twenty times; a bomb compresses thousands of times.</summary>
    public const long MaxRatio = 100;

    private const long RatioCheckedFrom = 1024 * 1024;

    public static void Check(Stream stream)
    {
        var start = stream.Position;
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            long total = 0;
            foreach (var part in archive.Entries)
            {
                total += part.Length;
                if (total > MaxInflatedBytes)
                {
                    throw CompetitionRuleException.Invalid("import-file", $"The workbook inflates to more than {MaxInflatedBytes / 1024 / 1024} MB; it is not read.");
                }

                if (part.Length > RatioCheckedFrom && part.Length > Math.Max(part.CompressedLength, 1) * MaxRatio)
                {
                    throw CompetitionRuleException.Invalid("import-file", $"The workbook part {part.FullName} inflates {part.Length / Math.Max(part.CompressedLength, 1)} times; it is not read.");
                }
            }
        }

        stream.Position = start;
    }
}
