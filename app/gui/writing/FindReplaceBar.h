#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace sb::gui {

// Find and replace across a story's text fields, shown at the bottom of the story editor.
// The fields are searched in reading order as one text; replacing changes the fields as typing
// would and then asks the editor to commit, so Replace All is a single undo step.
class FindReplaceBar : public QWidget {
    Q_OBJECT

public:
    // `fields` lists the searchable fields (QLineEdit or QPlainTextEdit) in reading order as
    // they are now; `commit` writes what the fields hold as one undoable edit. Next/Previous
    // shortcuts work anywhere inside `parent`.
    FindReplaceBar(
        std::function<QList<QWidget*>()> fields, std::function<void()> commit, QWidget* parent);

    // "Find in Story…" (Ctrl+H), which opens the bar. The bar's parent carries it, so its
    // shortcut works before any menu lists it; enabled while a story is shown.
    QAction* openAction() const { return m_openAction; }
    // The editor says whether it shows a story; without one the bar closes and stays closed.
    void setStoryShown(bool shown);

    // Shows the bar with the focus in Find, seeded with a one-line selection if there is one.
    void open();
    // Hides the bar and puts the focus back in the text, on the current match.
    void dismiss();
    void findNext();
    void findPrevious();
    // Replaces the current match and moves on to the next one.
    void replace();
    // Replaces every match, as one edit; returns how many.
    int replaceAll();

    int matchCount() const { return int(m_matches.size()); }
    // The current match, 0-based; -1 when there is none.
    int currentMatch() const { return m_current; }

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }
    QCheckBox* matchCaseBox() const { return m_matchCase; }
    QLabel* statusLabel() const { return m_status; }

private:
    struct Match {
        int field = 0;
        int start = 0;
        int length = 0;
    };

    void searchChanged();
    void fieldsChanged();
    // Finds the matches again and makes the first one at or after the anchor current.
    void refresh();
    void step(int delta);
    void showCurrent();
    void showCount();
    void replaceMatches(int field, const QList<Match>& matches);

    std::function<QList<QWidget*>()> m_fieldSource;
    std::function<void()> m_commit;
    QList<QWidget*> m_fields;
    QList<Match> m_matches;
    int m_current = -1;
    // Where the search continues from: the current match's place, kept while texts change.
    std::pair<int, int> m_anchor {0, 0};
    bool m_replacing = false;
    QPointer<QWidget> m_returnFocus; // where the focus was when the bar opened
    QPointer<QWidget> m_shownIn; // the field whose selection is the match shown

    QAction* m_openAction = nullptr;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_replace = nullptr;
    QCheckBox* m_matchCase = nullptr;
    QLabel* m_status = nullptr;
    QList<QAction*> m_matchActions; // Previous, Next, Replace, Replace All
};

} // namespace sb::gui
