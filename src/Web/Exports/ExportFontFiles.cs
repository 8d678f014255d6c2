namespace Competitions.Web.Exports;

/// <summary>The font files the PDF exports embed; each is configurable because distributions put fonts elsewhere.</summary>
public sealed record ExportFontFiles(string Cjk, string Latin, string LatinBold)
{
    public const string CjkSetting = "Exports:CjkFontPath";
    public const string LatinSetting = "Exports:LatinFontPath";
    public const string LatinBoldSetting = "Exports:LatinBoldFontPath";

    public static ExportFontFiles From(IConfiguration configuration) => new(
        Setting(configuration, CjkSetting, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
        Setting(configuration, LatinSetting, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Setting(configuration, LatinBoldSetting, "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    /// <summary>The first missing file, with how to get it, or null when all are there.</summary>
    public string? Missing() =>
        !File.Exists(Cjk) ? $"The PDF font {Cjk} is missing. Install the Debian package fonts-droid-fallback (scripts/install-prerequisites.sh) or set {CjkSetting} to a TrueType-outline font with Chinese glyphs."
        : !File.Exists(Latin) ? $"The PDF font {Latin} is missing. Install the Debian package fonts-dejavu-core or set {LatinSetting}."
        : !File.Exists(LatinBold) ? $"The PDF font {LatinBold} is missing. Install the Debian package fonts-dejavu-core or set {LatinBoldSetting}."
        : null;

    private static string Setting(IConfiguration configuration, string key, string fallback) =>
        configuration[key] is { Length: > 0 } value ? value : fallback;
}
