using System.Globalization;
using Competitions.Contracts.Errors;
using Competitions.Domain.Imports;
using MiniExcelLibs;

namespace Competitions.Web.Imports;

/// <summary>Reads the first sheet of an .xlsx file as text cells, streaming (MiniExcel never loads the sheet whole).</summary>
public static class XlsxTableReader
{
    /// <summary>Longer cells are refused: no roster or scheme field needs more, and each cell is held whole.</summary>
    public const int MaxCellLength = 1000;

    public static ImportTable Read(Stream stream)
    {
        XlsxPackageLimits.Check(stream);
        List<string>? headers = null;
        var rows = new List<ImportTableRow>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = row.Values.Select(Text).ToList();
            if (cells.FindIndex(c => c.Length > MaxCellLength) is var column and >= 0)
            {
                throw CompetitionRuleException.Invalid("import-cell-too-long", $"Row {number}, column {column + 1}: the cell holds {cells[column].Length} characters; at most {MaxCellLength} are allowed.");
            }

            if (headers is null)
            {
                headers = cells;
            }
            else if (cells.Any(c => c.Length > 0))
            {
                if (rows.Count == ImportTable.MaxDataRows)
                {
                    return new ImportTable(headers, rows, true);
                }

                rows.Add(new ImportTableRow(number, cells));
            }
        }

        return headers is null ? ImportTable.Empty : new ImportTable(headers, rows, false);
    }

    // Numbers typed into Excel come back as doubles: 1001 must read "1001", not "1001.0" or "1.001E3".
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
