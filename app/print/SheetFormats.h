#pragma once

#include "app/print/SheetPage.h"

#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>

namespace sb::print {

// The typography of a printed sheet, all sized from one base point size: calm, dense enough for
// one page, and distinct in greyscale (weight, slant and tint, not colour alone).
class SheetFormats {
public:
    SheetFormats(qreal basePointSize, const SheetPage& page);

    QFont documentFont() const;
    qreal columnGap() const;

    QTextBlockFormat titleBlock() const;
    QTextCharFormat title() const;
    QTextBlockFormat subtitleBlock() const;
    QTextCharFormat subtitle() const;

    QTextBlockFormat ruleBlock() const; // the line under the header

    QTextBlockFormat headingBlock(const QColor& accent) const;
    QTextCharFormat headingMark(const QColor& accent) const;
    QTextCharFormat heading() const;

    QTextBlockFormat storyTitleBlock() const;
    QTextCharFormat storyTitle() const;
    QTextCharFormat keyFigure(const QColor& accent) const;
    QTextBlockFormat hookBlock() const;
    QTextCharFormat hook() const;
    QTextCharFormat cue() const;
    // A bullet drawn as text, so the space after it is ours to choose (a QTextList puts its
    // disc a hair from the text), with a hanging indent that lines wrapped lines up after it.
    static QString bullet();
    QTextCharFormat bulletMark(const QTextCharFormat& text) const;
    QTextBlockFormat bulletBlock(const QTextCharFormat& text) const;

    QTextBlockFormat paragraphBlock() const;
    QTextBlockFormat questionBlock() const;
    QTextCharFormat question() const;
    QTextCharFormat body() const;

    // The empty paragraph a QTextDocument keeps after every table: as small as it can be.
    QTextBlockFormat spacerBlock() const;
    QTextCharFormat spacer() const;

private:
    QTextCharFormat text(qreal scale, const QColor& colour) const;
    qreal space(qreal ems) const; // vertical space in document units, in ems of the base size

    qreal m_base;
    qreal m_unitsPerPoint;
};

} // namespace sb::print
