#include "app/gui/writing/FieldText.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace sb::gui {

QString fieldText(const QWidget* field)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(field))
        return line->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(field))
        return text->toPlainText();
    return {};
}

void selectInField(QWidget* field, int start, int length)
{
    // The story editor scrolls as a whole; a QPlainTextEdit is a scroll area of its own but
    // not a QScrollArea, so the first QScrollArea up is the editor's.
    QScrollArea* area = nullptr;
    for (QWidget* parent = field->parentWidget(); parent && !area; parent = parent->parentWidget())
        area = qobject_cast<QScrollArea*>(parent);
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        line->setSelection(start, length);
        if (area)
            area->ensureWidgetVisible(line);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        QTextCursor cursor(text->document());
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
        if (area && area->widget()) {
            const QPoint at = text->viewport()->mapTo(area->widget(), text->cursorRect().center());
            area->ensureVisible(at.x(), at.y(), 40, text->fontMetrics().lineSpacing() * 3);
        }
    }
}

void deselectInField(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        line->deselect();
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        QTextCursor cursor = text->textCursor();
        cursor.clearSelection();
        text->setTextCursor(cursor);
    }
}

void replaceInField(
    QWidget* field, const QList<std::pair<int, int>>& ranges, const QString& replacement)
{
    // From the last range back, so the earlier positions stay true.
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        QString text = line->text();
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
            text.replace(it->first, it->second, replacement);
        line->setText(text);
    } else if (auto* edit = qobject_cast<QPlainTextEdit*>(field)) {
        QTextCursor cursor(edit->document());
        cursor.beginEditBlock(); // the field reports one change
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
            cursor.setPosition(it->first);
            cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
            cursor.insertText(replacement);
        }
        cursor.endEditBlock();
    }
}

} // namespace sb::gui
