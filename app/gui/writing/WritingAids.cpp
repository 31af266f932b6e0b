#include "app/gui/writing/WritingAids.h"

#include "app/gui/writing/SpellChecker.h"
#include "app/gui/writing/SpellHighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace sb::gui {

namespace {

// Enough to find the right word without turning the menu into a list.
constexpr int kMaxSuggestions = 6;

} // namespace

WritingAids::WritingAids(QPlainTextEdit* edit, SpellChecker* checker)
    : QObject(edit), m_edit(edit), m_checker(checker),
      m_highlighter(new SpellHighlighter(checker, edit->document()))
{
    // A right click lands on the viewport, the menu key on the field itself.
    edit->viewport()->installEventFilter(this);
    edit->installEventFilter(this);
}

WritingAids* WritingAids::attach(QPlainTextEdit* edit, SpellChecker* checker)
{
    if (auto* existing = edit->findChild<WritingAids*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new WritingAids(edit, checker ? checker : SpellChecker::shared());
}

QMenu* WritingAids::createContextMenu(int position, const QPoint& viewportPos)
{
    QMenu* menu = m_edit->createStandardContextMenu(viewportPos);
    if (!m_checker || !m_checker->isAvailable() || m_edit->isReadOnly())
        return menu;
    const QTextBlock block = m_edit->document()->findBlock(position);
    const int inBlock = position - block.position();
    const QString text = block.text();
    for (const SpellHighlighter::WordRange& word :
        SpellHighlighter::misspeltWords(m_checker, text)) {
        // The end counts too: the menu key with the cursor just after "teh".
        if (inBlock < word.start || inBlock > word.start + word.length)
            continue;
        const int start = block.position() + word.start;
        const QString misspelt = text.mid(word.start, word.length);
        QAction* first = menu->actions().value(0);
        const QStringList suggestions = m_checker->suggestions(misspelt).mid(0, kMaxSuggestions);
        for (const QString& suggestion : suggestions) {
            auto* action =
                new QAction(QString(suggestion).replace(u'&', QStringLiteral("&&")), menu);
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(
                action, &QAction::triggered, this, [this, start, length = word.length, suggestion] {
                    replace(start, length, suggestion);
                });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto* add = new QAction(tr("Add to Dictionary"), menu);
        add->setToolTip(tr("Accept “%1” as correctly spelt from now on").arg(misspelt));
        connect(add, &QAction::triggered, this, [checker = m_checker, misspelt] {
            if (checker)
                checker->addToPersonalDictionary(misspelt);
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
        break;
    }
    return menu;
}

void WritingAids::replace(int start, int length, const QString& text)
{
    // One edit: the field reports one change, so it is one step to undo.
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
}

bool WritingAids::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu || !m_checker || !m_checker->isAvailable()
        || m_edit->contextMenuPolicy() != Qt::DefaultContextMenu)
        return QObject::eventFilter(watched, event);
    auto* request = static_cast<QContextMenuEvent*>(event);
    QWidget* viewport = m_edit->viewport();
    const QPoint viewportPos =
        watched == viewport ? request->pos() : viewport->mapFrom(m_edit, request->pos());
    const int position = request->reason() == QContextMenuEvent::Mouse
        ? m_edit->cursorForPosition(viewportPos).position()
        : m_edit->textCursor().position();
    QMenu* menu = createContextMenu(position, viewportPos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(request->globalPos());
    return true;
}

} // namespace sb::gui
