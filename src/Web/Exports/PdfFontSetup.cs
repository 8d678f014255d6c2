using PdfSharp.Fonts;

namespace Competitions.Web.Exports;

/// <summary>Installs the CJK font for PDFsharp, whose font resolver is process-wide and can be set only once.</summary>
public static class PdfFontSetup
{
    public const string FontPathSetting = "Exports:FontPath";

    public const string DefaultFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    private static readonly Lock Gate = new();

    /// <exception cref="FileNotFoundException">The font file is missing; the message says how to install it.</exception>
    public static void EnsureInstalled(IConfiguration configuration)
    {
        var path = configuration[FontPathSetting] is { Length: > 0 } configured ? configured : DefaultFontPath;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver installed)
            {
                path = installed.FontPath;
            }

            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The PDF font {path} is missing. Install the Debian package fonts-droid-fallback " +
                    $"(scripts/install-prerequisites.sh) or set {FontPathSetting} to a TrueType-outline font with Chinese glyphs.",
                    path);
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new CjkFontResolver(path);
            }
        }
    }
}
