#pragma once

#include <QList>
#include <QString>

#include <utility>

class QWidget;

namespace sb::gui {

// Text access the find bar needs on a field that is either a QLineEdit or a QPlainTextEdit.

QString fieldText(const QWidget* field);
// Selects [start, start + length) and scrolls the field and the editor around it into view,
// leaving the keyboard focus where it is.
void selectInField(QWidget* field, int start, int length);
// Drops the selection, keeping the cursor where it is.
void deselectInField(QWidget* field);
// Replaces each (start, length) range, given in ascending order, as one edit of the field.
void replaceInField(
    QWidget* field, const QList<std::pair<int, int>>& ranges, const QString& replacement);

} // namespace sb::gui
