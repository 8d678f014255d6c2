using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// Writes lines of text down A4 pages and starts a new page when one is full. Every font is the CJK font, embedded
/// with Unicode encoding so the PDF carries a ToUnicode map and its text can be searched and extracted.
/// </summary>
public sealed class PdfPageCursor : IDisposable
{
    public const double Margin = 42;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document;
    private readonly PageOrientation _orientation;
    private XGraphics? _graphics;
    private PdfPage? _page;

    public PdfPageCursor(PdfDocument document, PageOrientation orientation = PageOrientation.Portrait)
    {
        _document = document;
        _orientation = orientation;
    }

    public double Y { get; private set; }

    public double Width => Page.Width.Point;

    public double Height => Page.Height.Point;

    public double Right => Width - Margin;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Start a page first.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("Start a page first.");

    public static XFont Font(double size, bool bold = false) =>
        new(CjkFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = _orientation;
        _graphics = XGraphics.FromPdfPage(_page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void Reserve(double height)
    {
        if (_page is null || Y + height > Height - Margin)
        {
            NewPage();
        }
    }

    public void Text(string text, XFont font, double x = Margin)
    {
        Reserve(font.Size * 1.5);
        Graphics.DrawString(text, font, XBrushes.Black, x, Y, XStringFormats.TopLeft);
        Y += font.Size * 1.5;
    }

    /// <summary>One line of cells at the given left edges; a cell wider than its column is shrunk to fit.</summary>
    public void Row(XFont font, IReadOnlyList<(double X, string Text)> cells)
    {
        Reserve(font.Size * 1.6);
        for (var i = 0; i < cells.Count; i++)
        {
            var (x, text) = cells[i];
            var limit = (i + 1 < cells.Count ? cells[i + 1].X : Right) - x - 4;
            var cellFont = font;
            while (Graphics.MeasureString(text, cellFont).Width > limit && cellFont.Size > 5)
            {
                cellFont = Font(cellFont.Size - 0.5, cellFont.Bold);
            }

            Graphics.DrawString(text, cellFont, XBrushes.Black, x, Y, XStringFormats.TopLeft);
        }

        Y += font.Size * 1.6;
    }

    public void Centered(string text, XFont font)
    {
        Reserve(font.Size * 1.6);
        Graphics.DrawString(text, font, XBrushes.Black, new XRect(0, Y, Width, font.Size * 1.6), XStringFormats.TopCenter);
        Y += font.Size * 1.6;
    }

    public void Rule(double gap = 4)
    {
        Reserve(gap * 2);
        Graphics.DrawLine(XPens.Gray, Margin, Y + gap / 2, Right, Y + gap / 2);
        Y += gap;
    }

    public void Space(double points) => Y += points;

    public void MoveTo(double y) => Y = y;

    public void Dispose() => _graphics?.Dispose();
}
