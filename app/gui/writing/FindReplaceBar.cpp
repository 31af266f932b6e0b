#include "app/gui/writing/FindReplaceBar.h"

#include "app/gui/writing/FieldText.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::gui {

FindReplaceBar::FindReplaceBar(
    std::function<QList<QWidget*>()> fields, std::function<void()> commit, QWidget* parent)
    : QWidget(parent), m_fieldSource(std::move(fields)), m_commit(std::move(commit))
{
    m_find = new QLineEdit;
    m_find->setPlaceholderText(tr("Find in this story"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit;
    m_replace->setPlaceholderText(tr("Replacement"));
    m_matchCase = new QCheckBox(tr("Match case"));
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Replaced %n", "", 888)));

    m_openAction = new QAction(tr("Find in Story…"), this);
    // Ctrl+F already searches the list. Desktops without a Replace key (GNOME, plain X11)
    // get Ctrl+H, which is what it is everywhere else.
    const QList<QKeySequence> replaceKeys = QKeySequence::keyBindings(QKeySequence::Replace);
    m_openAction->setShortcuts(
        replaceKeys.isEmpty() ? QList<QKeySequence> {QKeySequence(tr("Ctrl+H"))} : replaceKeys);
    m_openAction->setEnabled(false);
    connect(m_openAction, &QAction::triggered, this, [this] {
        // A menu may offer it while the story editor is not on screen.
        if (parentWidget() && parentWidget()->isVisible())
            open();
    });
    if (parent)
        parent->addAction(m_openAction);

    // Each button's action also carries its shortcut; all of them need a match to act on.
    const auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_matchActions.append(action);
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        return button;
    };
    QToolButton* previous =
        button(tr("Previous"), tr("Previous match"), &FindReplaceBar::findPrevious);
    QToolButton* next = button(tr("Next"), tr("Next match"), &FindReplaceBar::findNext);
    previous->defaultAction()->setShortcuts(QKeySequence::FindPrevious);
    next->defaultAction()->setShortcuts(QKeySequence::FindNext);
    for (QToolButton* step : {previous, next}) {
        QAction* action = step->defaultAction();
        action->setToolTip(action->toolTip() % u" ("
            % action->shortcut().toString(QKeySequence::NativeText) % u')');
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (parent)
            parent->addAction(action); // F3 also works from inside the story's fields
    }
    QToolButton* replaceOne =
        button(tr("Replace"), tr("Replace this match and find the next"), &FindReplaceBar::replace);
    QToolButton* replaceEvery = button(tr("Replace All"),
        tr("Replace every match in this story, as one step to undo"), &FindReplaceBar::replaceAll);

    auto* closeButton = new QToolButton;
    closeButton->setIcon(QIcon::fromTheme(
        QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    closeButton->setAutoRaise(true);
    closeButton->setAccessibleName(tr("Close find bar"));
    closeButton->setToolTip(tr("Close (Esc)"));
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::dismiss);

    auto* findLabel = new QLabel(tr("&Find:"));
    findLabel->setBuddy(m_find);
    auto* replaceLabel = new QLabel(tr("Replace &with:"));
    replaceLabel->setBuddy(m_replace);
    auto* grid = new QGridLayout;
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(previous, 0, 2);
    grid->addWidget(next, 0, 3);
    grid->addWidget(m_matchCase, 0, 4);
    grid->addWidget(m_status, 0, 5);
    grid->addWidget(closeButton, 0, 6, Qt::AlignRight);
    grid->addWidget(replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(replaceOne, 1, 2);
    grid->addWidget(replaceEvery, 1, 3);
    grid->setColumnStretch(1, 1);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(line);
    layout->addLayout(grid);
    grid->setContentsMargins(8, 2, 8, 6);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::searchChanged);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceBar::searchChanged);
    auto* escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &FindReplaceBar::dismiss);
    setFocusProxy(m_find);
    hide();
    showCount();
}

void FindReplaceBar::setStoryShown(bool shown)
{
    m_openAction->setEnabled(shown);
    if (!shown)
        hide();
}

void FindReplaceBar::open()
{
    // The window's focus child, also when the window is not active.
    QWidget* focus = window()->focusWidget();
    if (!isAncestorOf(focus))
        m_returnFocus = focus;
    m_fields = m_fieldSource();
    if (const int field = int(m_fields.indexOf(focus)); field >= 0) {
        // Start from where the user is, with their selection as the search when it is one line.
        QString selected;
        int start = 0;
        if (auto* line = qobject_cast<QLineEdit*>(focus)) {
            selected = line->selectedText();
            start = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(focus)) {
            selected = text->textCursor().selectedText();
            start = text->textCursor().selectionStart();
        }
        m_anchor = {field, start};
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    refresh();
    showCurrent(); // the last search, found again from where the user is
    showCount();
}

void FindReplaceBar::dismiss()
{
    if (m_current >= 0)
        m_fields[m_matches[m_current].field]->setFocus(Qt::OtherFocusReason);
    else if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    hide();
}

void FindReplaceBar::findNext()
{
    step(+1);
}

void FindReplaceBar::findPrevious()
{
    step(-1);
}

void FindReplaceBar::searchChanged()
{
    refresh();
    showCurrent();
    showCount();
}

void FindReplaceBar::fieldsChanged()
{
    // Typing in the story while the bar is open: recount, but leave the cursor alone.
    if (m_replacing)
        return;
    refresh();
    showCount();
}

void FindReplaceBar::refresh()
{
    m_fields = m_fieldSource();
    m_matches.clear();
    m_current = -1;
    for (QWidget* field : std::as_const(m_fields)) {
        if (auto* line = qobject_cast<QLineEdit*>(field))
            connect(line, &QLineEdit::textChanged, this, &FindReplaceBar::fieldsChanged,
                Qt::UniqueConnection);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
            connect(text, &QPlainTextEdit::textChanged, this, &FindReplaceBar::fieldsChanged,
                Qt::UniqueConnection);
    }
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return;
    const Qt::CaseSensitivity sensitivity =
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (int field = 0; field < m_fields.size(); ++field) {
        const QString text = fieldText(m_fields[field]);
        for (qsizetype at = text.indexOf(needle, 0, sensitivity); at >= 0;
             at = text.indexOf(needle, at + needle.size(), sensitivity)) {
            const Match match {field, int(at), int(needle.size())};
            if (m_current < 0 && std::pair(field, int(at)) >= m_anchor)
                m_current = int(m_matches.size());
            m_matches.append(match);
        }
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0; // nothing after the anchor: wrap to the top
}

void FindReplaceBar::step(int delta)
{
    if (!isVisible())
        show();
    refresh();
    if (m_matches.isEmpty()) {
        showCount();
        return;
    }
    const int count = int(m_matches.size());
    // The first Next after typing the search goes past the match already shown.
    m_current = (m_current + delta + count) % count;
    showCurrent();
    showCount();
}

void FindReplaceBar::showCurrent()
{
    if (m_current < 0)
        return;
    const Match& match = m_matches[m_current];
    m_anchor = {match.field, match.start};
    QWidget* field = m_fields[match.field];
    // One highlighted match at a time: the last one shown may be in another field.
    if (m_shownIn && m_shownIn != field)
        deselectInField(m_shownIn);
    m_shownIn = field;
    selectInField(field, match.start, match.length);
}

void FindReplaceBar::showCount()
{
    const bool searching = !m_find->text().isEmpty();
    const bool found = !m_matches.isEmpty();
    m_status->setText(!searching ? QString()
            : found              ? tr("%1 of %2").arg(m_current + 1).arg(m_matches.size())
                                 : tr("No matches"));
    for (QAction* action : std::as_const(m_matchActions))
        action->setEnabled(found);
}

void FindReplaceBar::replace()
{
    m_commit(); // typing waiting to be written stays its own step
    refresh();
    if (m_current < 0)
        return;
    const Match match = m_matches[m_current];
    replaceMatches(match.field, {match});
    m_commit();
    m_anchor = {match.field, match.start + int(m_replace->text().size())};
    refresh();
    showCurrent();
    showCount();
}

int FindReplaceBar::replaceAll()
{
    m_commit();
    refresh();
    const QList<Match> matches = m_matches;
    for (int field = 0; field < m_fields.size(); ++field) {
        QList<Match> inField;
        for (const Match& match : matches) {
            if (match.field == field)
                inField.append(match);
        }
        if (!inField.isEmpty())
            replaceMatches(field, inField);
    }
    m_commit(); // every field at once: one undo step
    refresh();
    showCount();
    if (!matches.isEmpty())
        m_status->setText(tr("Replaced %n", "", int(matches.size())));
    return int(matches.size());
}

void FindReplaceBar::replaceMatches(int field, const QList<Match>& matches)
{
    QList<std::pair<int, int>> ranges;
    for (const Match& match : matches)
        ranges.append({match.start, match.length});
    m_replacing = true;
    replaceInField(m_fields[field], ranges, m_replace->text());
    m_replacing = false;
}

} // namespace sb::gui
