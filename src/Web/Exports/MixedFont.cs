using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// A text style drawn in two fonts: Chinese (and other CJK) characters in the CJK font, everything below U+2E80
/// (Latin letters, digits, punctuation, Greek such as Φ) in the Latin font, on one baseline. Both are embedded with
/// Unicode encoding, so the PDF carries ToUnicode maps and its text can be searched and extracted.
/// </summary>
public sealed class MixedFont
{
    private const char FirstCjk = '\u2E80';

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XFont _latin;
    private readonly XFont _cjk;

    public MixedFont(double size, bool bold = false)
    {
        Size = size;
        Bold = bold;
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        _latin = new XFont(ExportFontResolver.Latin, size, style, Unicode);
        _cjk = new XFont(ExportFontResolver.Cjk, size, style, Unicode);
    }

    public double Size { get; }

    public bool Bold { get; }

    public double LineHeight => Size * 1.5;

    public double Measure(XGraphics graphics, string text) => Runs(text).Sum(run => graphics.MeasureString(run.Text, run.Font).Width);

    /// <summary>Draws <paramref name="text"/> with its top at <paramref name="top"/>.</summary>
    public void Draw(XGraphics graphics, string text, double x, double top)
    {
        var baseline = top + Size;
        foreach (var (run, font) in Runs(text))
        {
            graphics.DrawString(run, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += graphics.MeasureString(run, font).Width;
        }
    }

    private IEnumerable<(string Text, XFont Font)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] >= FirstCjk != text[start] >= FirstCjk)
            {
                yield return (text[start..i], text[start] >= FirstCjk ? _cjk : _latin);
                start = i;
            }
        }
    }
}
