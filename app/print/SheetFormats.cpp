#include "app/print/SheetFormats.h"

#include "app/print/SheetColour.h"

#include <QFontMetricsF>

namespace sb::print {

namespace {

const QColor inkColour(0x11, 0x18, 0x27);
const QColor softInk(0x37, 0x41, 0x51);
const QColor quietInk(0x4b, 0x55, 0x63);

constexpr qreal cueScale = 0.94;

} // namespace

SheetFormats::SheetFormats(qreal basePointSize, const SheetPage& page)
    : m_base(basePointSize), m_unitsPerPoint(page.fromPoints(1.0))
{
}

QFont SheetFormats::documentFont() const
{
    QFont font;
    // DejaVu Sans is everywhere StoryBank runs; the others stand in where it is missing.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    // Unhinted outlines lay out the same at any resolution, so the page on screen is the page
    // on paper.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(m_base);
    return font;
}

qreal SheetFormats::columnGap() const
{
    return space(1.8);
}

qreal SheetFormats::space(qreal ems) const
{
    return ems * m_base * m_unitsPerPoint;
}

QTextCharFormat SheetFormats::text(qreal scale, const QColor& colour) const
{
    QTextCharFormat format;
    format.setFontPointSize(m_base * scale);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat SheetFormats::titleBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(0);
    return format;
}

QTextCharFormat SheetFormats::title() const
{
    QTextCharFormat format = text(1.7, inkColour);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextBlockFormat SheetFormats::subtitleBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.15));
    return format;
}

QTextCharFormat SheetFormats::subtitle() const
{
    return text(1.0, quietInk);
}

QTextBlockFormat SheetFormats::ruleBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.3));
    format.setBottomMargin(space(0.3));
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
        QTextLength(QTextLength::PercentageLength, 100));
    format.setBackground(quietInk);
    return format;
}

QTextBlockFormat SheetFormats::headingBlock(const QColor& accent) const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.9));
    format.setBackground(SheetColour::tint(accent, 0.16));
    format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat SheetFormats::headingMark(const QColor& accent) const
{
    return text(1.0, accent);
}

QTextCharFormat SheetFormats::heading() const
{
    QTextCharFormat format = text(1.1, inkColour);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextBlockFormat SheetFormats::storyTitleBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.5));
    return format;
}

QTextCharFormat SheetFormats::storyTitle() const
{
    QTextCharFormat format = text(1.0, inkColour);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat SheetFormats::keyFigure(const QColor& accent) const
{
    QTextCharFormat format = text(1.0, SheetColour::ink(accent));
    format.setFontWeight(QFont::Bold);
    format.setBackground(SheetColour::tint(accent, 0.22));
    return format;
}

QTextBlockFormat SheetFormats::hookBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.05));
    return format;
}

QTextCharFormat SheetFormats::hook() const
{
    QTextCharFormat format = text(cueScale, softInk);
    format.setFontItalic(true);
    return format;
}

QTextCharFormat SheetFormats::cue() const
{
    return text(cueScale, inkColour);
}

QString SheetFormats::bullet()
{
    return QStringLiteral("\u2022\u2002");
}

QTextCharFormat SheetFormats::bulletMark(const QTextCharFormat& text) const
{
    QTextCharFormat format = text;
    format.setForeground(quietInk);
    return format;
}

QTextBlockFormat SheetFormats::bulletBlock(const QTextCharFormat& text) const
{
    // Font metrics without a paint device are in the document's units.
    QFont font = documentFont();
    font.setPointSizeF(text.fontPointSize());
    const qreal hanging = QFontMetricsF(font).horizontalAdvance(bullet());
    QTextBlockFormat format;
    format.setTopMargin(space(0.05));
    format.setLeftMargin(hanging);
    format.setTextIndent(-hanging);
    return format;
}

QTextBlockFormat SheetFormats::paragraphBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.35));
    return format;
}

QTextBlockFormat SheetFormats::questionBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(space(0.5));
    return format;
}

QTextCharFormat SheetFormats::question() const
{
    QTextCharFormat format = text(cueScale, inkColour);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat SheetFormats::body() const
{
    return text(cueScale, inkColour);
}

QTextBlockFormat SheetFormats::spacerBlock() const
{
    QTextBlockFormat format;
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    return format;
}

QTextCharFormat SheetFormats::spacer() const
{
    QTextCharFormat format;
    format.setFontPointSize(1.0);
    return format;
}

} // namespace sb::print
