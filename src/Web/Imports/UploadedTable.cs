using Competitions.Contracts.Errors;
using Competitions.Domain.Imports;
using Competitions.Web.Hosting;

namespace Competitions.Web.Imports;

/// <summary>The <c>file</c> field of a multipart upload, read as a table whatever its format.</summary>
public static class UploadedTable
{
    /// <summary>A 50,000-row roster is a few megabytes; anything far larger is not a roster.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    /// <summary>The multipart envelope around the file adds a little to it.</summary>
    public static RequestBodyLimit BodyLimit { get; } = new(MaxBytes + (64 * 1024));

    public static async Task<ImportTable> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw CompetitionRuleException.Invalid("import-file", "Send the file as multipart/form-data in a field named 'file'.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files["file"]
            ?? throw CompetitionRuleException.Invalid("import-file", "Send the file as multipart/form-data in a field named 'file'.");
        if (file.Length > MaxBytes)
        {
            throw CompetitionRuleException.Invalid("import-file", $"The file is larger than {MaxBytes / 1024 / 1024} MB.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        // The content decides, not the name: spreadsheets get saved under whatever name.
        if (bytes.Span.StartsWith("PK\u0003\u0004"u8))
        {
            buffer.Position = 0;
            try
            {
                return XlsxTableReader.Read(buffer);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or System.Xml.XmlException)
            {
                throw CompetitionRuleException.Invalid("import-file", "The file looks like an .xlsx workbook but cannot be read.");
            }
        }

        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw CompetitionRuleException.Invalid("import-file", "Old .xls workbooks are not read; save the sheet as .xlsx or CSV.");
        }

        try
        {
            return CsvTableReader.Read(bytes.Span);
        }
        catch (FormatException e)
        {
            throw CompetitionRuleException.Invalid("import-file", $"The CSV file cannot be read: {e.Message}");
        }
    }
}
