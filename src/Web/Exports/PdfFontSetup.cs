using PdfSharp.Fonts;

namespace Competitions.Web.Exports;

/// <summary>Installs the export fonts for PDFsharp, whose font resolver is process-wide and can be set only once.</summary>
public static class PdfFontSetup
{
    private static readonly Lock Gate = new();

    /// <exception cref="FileNotFoundException">A font file is missing; the message says how to install it.</exception>
    public static void EnsureInstalled(IConfiguration configuration)
    {
        lock (Gate)
        {
            var files = GlobalFontSettings.FontResolver is ExportFontResolver installed ? installed.Files : ExportFontFiles.From(configuration);
            if (files.Missing() is { } missing)
            {
                throw new FileNotFoundException(missing);
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new ExportFontResolver(files);
            }
        }
    }
}
