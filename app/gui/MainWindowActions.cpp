#include "app/gui/MainWindow.h"

#include "app/gui/BankDocument.h"
#include "app/gui/BankFileActions.h"
#include "app/gui/Icons.h"
#include "app/gui/LabelEditor.h"
#include "app/gui/LabelListPane.h"
#include "app/gui/QuestionListPane.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryListPane.h"
#include "app/gui/exchange/ExchangeActions.h"
#include "app/gui/journal/JournalSection.h"
#include "app/gui/journal/QuickCaptureDialog.h"
#include "core/Version.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

// The window's menus, toolbar and shortcuts.

namespace sb::gui {

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileActions = new BankFileActions(m_document, this);
    m_fileActions->addTo(file);
    QAction* sheet = file->addAction(themedIcon(QStringLiteral("document-print")),
        tr("&Cheat Sheet…"), this, &MainWindow::showCheatSheet);
    sheet->setShortcut(QKeySequence::Print);
    file->addSeparator();
    auto* exchange = new ExchangeActions(m_document, this);
    exchange->commitPending = [this] { commitPending(); };
    connect(exchange, &ExchangeActions::finished, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    exchange->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = historyAction(false);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    QAction* redo = historyAction(true);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find =
        edit->addAction(themedIcon(QStringLiteral("edit-find")), tr("&Find…"), this, [this] {
            // Questions are searched in their own list; everything else finds stories.
            QLineEdit* field = m_questionPane->searchField();
            if (section() != Section::Questions) {
                showSection(Section::Stories);
                field = searchField();
            }
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(m_storyEditor->findReplaceAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<Section, QString>> sections {{Section::Stories, tr("&Stories")},
        {Section::Questions, tr("&Questions")}, {Section::Categories, tr("&Categories")},
        {Section::Tags, tr("&Tags")}};
    for (const auto& [shown, name] : sections) {
        QAction* go = view->addAction(name, this, [this, shown] { showSection(shown); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(shown))));
    }
    QAction* goInterviews =
        view->addAction(tr("&Interviews"), this, [this] { showSection(Section::Interviews); });
    goInterviews->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(Section::Interviews))));
    QAction* goJournal =
        view->addAction(tr("&Journal"), this, [this] { showSection(Section::Journal); });
    goJournal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(Section::Journal))));
    view->addSeparator();
    QAction* coverage = view->addAction(tr("C&overage…"), this, &MainWindow::showCoverage);
    coverage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)); // M for map

    QMenu* story = menuBar()->addMenu(tr("&Story"));
    QAction* add = story->addAction(
        themedIcon(QStringLiteral("document-new")), tr("&New Story"), this, &MainWindow::newStory);
    add->setShortcut(QKeySequence::New);
    QAction* remove = story->addAction(themedIcon(QStringLiteral("edit-delete")),
        tr("&Delete Story"), this, &MainWindow::deleteStory);
    remove->setShortcut(QKeySequence::Delete);
    // Delete acts on the list only: in a text field it deletes text, as everywhere else.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    storyList()->addAction(remove);

    QMenu* question = menuBar()->addMenu(tr("&Question"));
    QAction* addQuestion = question->addAction(themedIcon(QStringLiteral("list-add")),
        tr("New &Question"), this, &MainWindow::newQuestion);
    addQuestion->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* removeQuestion = question->addAction(themedIcon(QStringLiteral("edit-delete")),
        tr("&Delete Question"), this, &MainWindow::deleteQuestion);
    removeQuestion->setShortcut(QKeySequence::Delete);
    removeQuestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_questionPane->list()->addAction(removeQuestion);

    // The journal has a menu of its own, as stories and questions do; quick capture works from
    // anywhere in the window, so an accomplishment is noted without leaving the story at hand.
    QMenu* journal = menuBar()->addMenu(tr("&Journal"));
    QAction* capture =
        journal->addAction(tr("&Quick Capture…"), this, [this] { m_journal->quickCapture(this); });
    capture->setShortcut(QuickCaptureDialog::shortcut());
    journal->addAction(themedIcon(QStringLiteral("list-add")), tr("New &Entry"), this, [this] {
        showSection(Section::Journal);
        m_journal->newEntry();
    });
    journal->addAction(tr("&Story Material"), this,
        [this] { m_navigator->setCurrentIndex(m_navigatorModel->storyMaterialIndex()); });

    QMenu* organize = menuBar()->addMenu(tr("&Organize"));
    for (auto [pane, editor, name, deleteName] :
        {std::tuple {m_categoryPane, m_categoryEditor, tr("New C&ategory"), tr("Delete Category")},
            std::tuple {m_tagPane, m_tagEditor, tr("New &Tag"), tr("Delete Tag")}}) {
        const Section shown = pane == m_tagPane ? Section::Tags : Section::Categories;
        organize->addAction(name, this, [this, pane, shown] {
            showSection(shown);
            pane->addLabel();
        });
        auto* removeLabel = new QAction(deleteName, pane->list());
        removeLabel->setShortcut(QKeySequence::Delete);
        removeLabel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(removeLabel, &QAction::triggered, editor, [editor] { editor->deleteLabel(); });
        pane->list()->addAction(removeLabel);
    }

    QMenu* practice = menuBar()->addMenu(tr("&Practice"));
    QAction* cards = practice->addAction(tr("&Flashcards…"), this, &MainWindow::showFlashcards);
    cards->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* mock =
        practice->addAction(tr("&Mock Interview…"), this, &MainWindow::showMockInterview);
    mock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    practice->addAction(tr("&Tell Me About Yourself…"), this, &MainWindow::showDefaultPitch);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(themedIcon(QStringLiteral("help-about")), tr("&About StoryBank"), this, [this] {
        QMessageBox::about(this, tr("About StoryBank"),
            tr("<h3>StoryBank %1</h3><p>Write, organize and practise your interview stories. "
               "Everything stays in one file on this computer.</p><p>Bank: %2</p>")
                .arg(QLatin1String(kVersion),
                    QDir::toNativeSeparators(m_document.bank().path()).toHtmlEscaped()));
    });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(add);
    tools->addAction(addQuestion);
    tools->addAction(sheet);
    tools->addAction(undo);
    tools->addAction(redo);
}

QAction* MainWindow::historyAction(bool redo)
{
    // Like QUndoStack::createUndoAction, but typing still waiting to be written is written
    // first, so it is part of the history being walked rather than replayed over it.
    QUndoStack& stack = m_document.undoStack();
    auto* action = new QAction(this);
    const auto describe = [action, redo](const QString& what) {
        action->setText(what.isEmpty() ? (redo ? tr("&Redo") : tr("&Undo"))
                                       : (redo ? tr("&Redo %1") : tr("&Undo %1")).arg(what));
    };
    describe(QString());
    // Typing not yet written can be undone too: it is written, then undone.
    const auto refresh = [this, action, redo] {
        QUndoStack& history = m_document.undoStack();
        action->setEnabled(
            redo ? history.canRedo() : history.canUndo() || m_document.hasPendingEdits());
    };
    refresh();
    connect(&stack, &QUndoStack::indexChanged, action, refresh);
    connect(&m_document, &BankDocument::saveStateChanged, action, refresh);
    connect(&stack, redo ? &QUndoStack::redoTextChanged : &QUndoStack::undoTextChanged, action,
        describe);
    connect(action, &QAction::triggered, this, [this, redo] {
        commitPending();
        if (redo)
            m_document.undoStack().redo();
        else
            m_document.undoStack().undo();
    });
    return action;
}

} // namespace sb::gui
