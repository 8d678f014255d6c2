using PdfSharp.Fonts;

namespace Competitions.Web.Exports;

/// <summary>Installs the export fonts for PDFsharp, whose font resolver is process-wide and can be set only once.</summary>
public static class PdfFontSetup
{
    private static readonly Lock Gate = new();

    /// <exception cref="FileNotFoundException">A configured font file is missing; the message says how to install it.</exception>
    public static void EnsureInstalled(IConfiguration configuration)
    {
        var files = ExportFontFiles.From(configuration);
        if (files.Missing() is { } missing)
        {
            throw new FileNotFoundException(missing);
        }

        lock (Gate)
        {
            // The first host of the process decides; tests run several hosts with the same fonts.
            GlobalFontSettings.FontResolver ??= new ExportFontResolver(files);
        }
    }
}
