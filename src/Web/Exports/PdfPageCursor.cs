using PdfSharp;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>Writes lines of text down A4 pages and starts a new page when one is full.</summary>
public sealed class PdfPageCursor(PdfDocument document, PageOrientation orientation = PageOrientation.Portrait) : IDisposable
{
    public const double Margin = 42;

    private PdfSharp.Drawing.XGraphics? _graphics;
    private PdfPage? _page;

    public double Y { get; private set; }

    public double Width => Page.Width.Point;

    public double Height => Page.Height.Point;

    public double Right => Width - Margin;

    public PdfSharp.Drawing.XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Start a page first.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("Start a page first.");

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = orientation;
        _graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(_page);
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

    public void Text(string text, MixedFont font, double x = Margin)
    {
        Reserve(font.LineHeight);
        font.Draw(Graphics, text, x, Y);
        Y += font.LineHeight;
    }

    /// <summary>One line of cells at the given left edges; a cell wider than its column is set smaller to fit.</summary>
    public void Row(MixedFont font, IReadOnlyList<(double X, string Text)> cells)
    {
        Reserve(font.LineHeight);
        for (var i = 0; i < cells.Count; i++)
        {
            var (x, text) = cells[i];
            var limit = (i + 1 < cells.Count ? cells[i + 1].X : Right) - x - 4;
            var cellFont = font;
            while (cellFont.Measure(Graphics, text) > limit && cellFont.Size > 5)
            {
                cellFont = new MixedFont(cellFont.Size - 0.5, cellFont.Bold);
            }

            cellFont.Draw(Graphics, text, x, Y);
        }

        Y += font.LineHeight;
    }

    public void Centered(string text, MixedFont font)
    {
        Reserve(font.LineHeight);
        font.Draw(Graphics, text, (Width - font.Measure(Graphics, text)) / 2, Y);
        Y += font.LineHeight;
    }

    /// <summary>Text ending at <paramref name="right"/>, on the current line, without moving down.</summary>
    public void RightAligned(string text, MixedFont font, double right) =>
        font.Draw(Graphics, text, right - font.Measure(Graphics, text), Y);

    public void Rule(double gap = 4)
    {
        Reserve(gap * 2);
        Graphics.DrawLine(PdfSharp.Drawing.XPens.Gray, Margin, Y + gap / 2, Right, Y + gap / 2);
        Y += gap;
    }

    public void Space(double points) => Y += points;

    public void MoveTo(double y) => Y = y;

    public void Dispose() => _graphics?.Dispose();
}
