using PdfSharp.Fonts;

namespace Competitions.Web.Exports;

/// <summary>
/// Gives PDFsharp two TrueType-outline fonts: Droid Sans Fallback (fonts-droid-fallback) for Chinese, which has no
/// Latin letters or digits, and DejaVu Sans (fonts-dejavu-core) for those. Noto CJK ships CFF outlines in .ttc
/// collections, which PDFsharp cannot embed. Chinese bold is simulated because the font has no bold face.
/// </summary>
public sealed class ExportFontResolver(ExportFontFiles files) : IFontResolver
{
    public const string Cjk = "Export CJK";
    public const string Latin = "Export Latin";

    private const string CjkFace = "cjk";
    private const string LatinFace = "latin";
    private const string LatinBoldFace = "latin-bold";

    private readonly Dictionary<string, Lazy<byte[]>> _faces = new(StringComparer.Ordinal)
    {
        [CjkFace] = new(() => File.ReadAllBytes(files.Cjk)),
        [LatinFace] = new(() => File.ReadAllBytes(files.Latin)),
        [LatinBoldFace] = new(() => File.ReadAllBytes(files.LatinBold)),
    };

    public ExportFontFiles Files { get; } = files;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == Latin
            ? new FontResolverInfo(bold ? LatinBoldFace : LatinFace, false, italic)
            : new FontResolverInfo(CjkFace, bold, italic);

    public byte[] GetFont(string faceName) => _faces[faceName].Value;
}
