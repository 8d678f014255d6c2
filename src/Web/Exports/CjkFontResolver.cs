using PdfSharp.Fonts;

namespace Competitions.Web.Exports;

/// <summary>
/// Gives PDFsharp one TrueType-outline font with Chinese glyphs for every face it asks for. Noto CJK ships CFF
/// outlines in .ttc collections, which PDFsharp cannot embed, hence Droid Sans Fallback (fonts-droid-fallback).
/// Bold is simulated because the font has no bold face.
/// </summary>
public sealed class CjkFontResolver(string fontPath) : IFontResolver
{
    public const string FamilyName = "CJK";

    private const string FaceName = "CJK-Regular";

    private readonly Lazy<byte[]> _font = new(() => File.ReadAllBytes(fontPath));

    public string FontPath { get; } = fontPath;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[] GetFont(string faceName) => _font.Value;
}
