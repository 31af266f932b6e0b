#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QPlainTextEdit;
class QPoint;

namespace sb::gui {

class SpellChecker;
class SpellHighlighter;

// The writing aids of one prose field: misspelt words underlined, and a context menu that
// offers corrections and "Add to Dictionary" above the usual editing actions. Lives as a
// child of the field; without a dictionary the field behaves exactly as before.
class WritingAids : public QObject {
    Q_OBJECT

public:
    // Adds the aids to `edit` (once; a second call returns the first). The checker defaults to
    // the application's shared one.
    static WritingAids* attach(QPlainTextEdit* edit, SpellChecker* checker = nullptr);

    SpellHighlighter* highlighter() const { return m_highlighter; }
    // The context menu for a click at text `position` (`viewportPos` as the viewport sees it).
    // The caller owns the menu.
    QMenu* createContextMenu(int position, const QPoint& viewportPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WritingAids(QPlainTextEdit* edit, SpellChecker* checker);
    void replace(int start, int length, const QString& text);

    QPlainTextEdit* m_edit;
    QPointer<SpellChecker> m_checker;
    SpellHighlighter* m_highlighter;
};

} // namespace sb::gui
