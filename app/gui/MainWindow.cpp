#include "app/gui/MainWindow.h"

#include "app/gui/BankDocument.h"
#include "app/gui/BankFileActions.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/QuestionListModel.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryListModel.h"
#include "app/gui/undo/AddStoryCommand.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "core/Version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sb::gui {

MainWindow::MainWindow(BankDocument& document, QWidget* parent)
    : QMainWindow(parent), m_document(document)
{
    setWindowTitle(tr("%1 – StoryBank").arg(QFileInfo(document.bank().path()).completeBaseName()));
    setMinimumSize(720, 480);
    m_model = new StoryListModel(document.bank(), this);
    m_editor = new StoryEditor(document);

    m_splitter = new QSplitter;
    m_questionEditor = new QuestionEditor(document);
    m_editors = new QStackedWidget;
    m_editors->addWidget(m_editor);
    m_editors->addWidget(m_questionEditor);
    m_views = new QTabWidget;
    m_views->setDocumentMode(true);
    m_views->addTab(buildListPane(), tr("Stor&ies"));
    m_views->addTab(buildQuestionPane(), tr("&Questions"));
    connect(m_views, &QTabWidget::currentChanged, this, [this](int tab) {
        commitPending();
        m_editors->setCurrentIndex(tab);
    });
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_counts = new QLabel;
    m_saveState = new QLabel(tr("All changes saved"));
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_saveState);
    connect(&document, &BankDocument::saveStateChanged, m_saveState, &QLabel::setText);
    // Queued: the failure is reported from inside a push or an undo, and a dialog's event loop
    // must not run the editors' timers (and so more pushes) in the middle of one.
    connect(
        &document, &BankDocument::writeFailed, this,
        [this](const QString& message) { QMessageBox::warning(this, tr("Not saved"), message); },
        Qt::QueuedConnection);
    // Counts change only when something is added or removed, not on every typed edit.
    connect(&document.bank(), &Bank::changed, this, [this](const BankChange& change) {
        if (change.kind != BankChange::Kind::Updated)
            updateCounts();
    });

    buildActions();
    updateCounts();
    restoreLayout();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildListPane()
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search stories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search stories"));
    layout->addWidget(m_search);

    m_statusFilter = new QComboBox;
    m_statusFilter->setAccessibleName(tr("Show stories by status"));
    m_statusFilter->addItem(tr("All stories"), -1);
    m_statusFilter->addItem(tr("Ready"), int(StoryStatus::Ready));
    m_statusFilter->addItem(tr("Drafts"), int(StoryStatus::Draft));
    m_statusFilter->addItem(tr("Ideas"), int(StoryStatus::Idea));
    layout->addWidget(m_statusFilter);

    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Stories"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, m_model, &StoryListModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_model->setStatusFilter(status < 0 ? std::nullopt : std::optional(StoryStatus(status)));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_editor->setStory(m_model->storyAt(current)); });
    // A rebuilt list (new search) keeps the story being edited in view when it still matches.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex kept = m_model->indexOf(m_editor->story());
        if (kept.isValid())
            m_list->setCurrentIndex(kept);
    });
    return pane;
}

QWidget* MainWindow::buildQuestionPane()
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* search = new QLineEdit;
    search->setPlaceholderText(tr("Search questions"));
    search->setClearButtonEnabled(true);
    search->setAccessibleName(tr("Search questions"));
    layout->addWidget(search);
    m_questionModel = new QuestionListModel(m_document.bank(), this);
    m_questionList = new QListView;
    m_questionList->setModel(m_questionModel);
    m_questionList->setAccessibleName(tr("Questions"));
    m_questionList->setWordWrap(true); // questions are sentences: show them whole
    m_questionList->setAlternatingRowColors(true);
    layout->addWidget(m_questionList);
    connect(search, &QLineEdit::textChanged, m_questionModel, &QuestionListModel::setSearchText);
    connect(m_questionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            m_questionEditor->setQuestion(m_questionModel->questionAt(current));
        });
    return pane;
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileActions = new BankFileActions(m_document, this);
    m_fileActions->addTo(file);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = historyAction(false);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = historyAction(true);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        m_views->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* story = menuBar()->addMenu(tr("&Story"));
    QAction* add = story->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
        tr("&New Story"), this, &MainWindow::newStory);
    add->setShortcut(QKeySequence::New);
    QAction* remove = story->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
        tr("&Delete Story"), this, &MainWindow::deleteStory);
    remove->setShortcut(QKeySequence::Delete);
    // Delete acts on the list only: in a text field it deletes text, as everywhere else.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(remove);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About StoryBank"), this, [this] {
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

void MainWindow::commitPending()
{
    m_editor->commitPending();
    m_questionEditor->commitPending();
}

void MainWindow::newStory()
{
    m_views->setCurrentIndex(0);
    commitPending();
    auto* command = new AddStoryCommand(m_document, Story {});
    if (!m_document.push(command))
        return; // the failure has been reported; the command is gone
    selectStory(command->story());
    m_editor->focusTitle();
}

void MainWindow::deleteStory()
{
    const StoryId id = m_model->storyAt(m_list->currentIndex());
    if (!id.isValid())
        return;
    m_editor->commitPending();
    const int row = m_list->currentIndex().row();
    if (!m_document.push(new RemoveStoryCommand(m_document, id)))
        return;
    // No "are you sure?": the deletion is one Ctrl+Z away, and the status bar says so.
    statusBar()->showMessage(
        tr("Deleted. Press %1 to bring it back.")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void MainWindow::selectStory(StoryId id)
{
    QModelIndex index = m_model->indexOf(id);
    if (!index.isValid()) {
        // Filtered out by the search or status filter: clear them so the user sees it.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        index = m_model->indexOf(id);
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::updateCounts()
{
    const BankStats stats = m_document.bank().stats();
    m_counts->setText((stats.stories == 1 ? tr("1 story") : tr("%1 stories").arg(stats.stories))
        + QStringLiteral(" · ") + tr("%1 questions").arg(stats.questions));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({300, 800});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    commitPending();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace sb::gui
