#include "app/gui/MainWindow.h"

#include "app/gui/BankDocument.h"
#include "app/gui/CountText.h"
#include "app/gui/LabelEditor.h"
#include "app/gui/LabelListPane.h"
#include "app/gui/QuestionEditor.h"
#include "app/gui/QuestionListModel.h"
#include "app/gui/QuestionListPane.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryListModel.h"
#include "app/gui/StoryListPane.h"
#include "app/gui/coverage/CoverageWindow.h"
#include "app/gui/interview/InterviewEditor.h"
#include "app/gui/interview/InterviewListModel.h"
#include "app/gui/interview/InterviewListPane.h"
#include "app/gui/journal/JournalEditor.h"
#include "app/gui/journal/JournalListPane.h"
#include "app/gui/journal/JournalSection.h"
#include "app/gui/journal/StoryOriginLabel.h"
#include "app/gui/practice/FlashcardWindow.h"
#include "app/gui/practice/MockInterviewWindow.h"
#include "app/gui/sheet/CheatSheetWindow.h"
#include "app/gui/undo/AddStoryCommand.h"
#include "app/gui/undo/QuestionCommands.h"
#include "app/gui/undo/RemoveStoryCommand.h"
#include "core/practice/PracticeDeck.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

namespace sb::gui {

MainWindow::MainWindow(BankDocument& document, QWidget* parent)
    : QMainWindow(parent), m_document(document)
{
    setWindowTitle(tr("%1 – StoryBank").arg(QFileInfo(document.bank().path()).completeBaseName()));
    setMinimumSize(800, 500);
    buildNavigator();
    buildPanes();

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(2, 3);
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
    connect(&document, &BankDocument::savingResumed, this,
        [this] { statusBar()->showMessage(tr("Saved: the bank takes changes again."), 8000); });
    // Counts change only when something is added or removed, not on every typed edit.
    connect(&document.bank(), &Bank::changed, this, [this](const BankChange& change) {
        if (change.kind != BankChange::Kind::Updated)
            updateCounts();
    });

    buildActions();
    updateCounts();
    restoreLayout();
    showSection(Section::Stories);
    if (m_storyPane->model()->rowCount() > 0)
        storyList()->setCurrentIndex(m_storyPane->model()->index(0));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigator()
{
    m_navigatorModel = new NavigatorModel(m_document, this);
    m_navigator = new QTreeView;
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setUniformRowHeights(true);
    m_navigator->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigator->setDragDropMode(QAbstractItemView::DropOnly);
    m_navigator->setDropIndicatorShown(true);
    m_navigator->header()->setStretchLastSection(true);
    m_navigator->setMinimumWidth(160);
    // The interviews ahead, next first, are in sight from the start.
    m_navigator->expand(m_navigatorModel->sectionIndex(Section::Interviews));
    connect(m_navigatorModel, &NavigatorModel::aboutToWrite, this, &MainWindow::commitPending);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onNavigatorChanged);
    // Flashcards open on Enter or a double-click, never from arrowing past the node.
    connect(m_navigator, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (m_navigatorModel->nodeAt(index).kind == NavigatorModel::NodeKind::Practice)
            showFlashcards();
    });
}

void MainWindow::buildPanes()
{
    Bank& bank = m_document.bank();
    m_storyPane = new StoryListPane(bank);
    m_questionPane = new QuestionListPane(bank);
    m_categoryPane = new LabelListPane(m_document, LabelListPane::Kind::Categories);
    m_tagPane = new LabelListPane(m_document, LabelListPane::Kind::Tags);
    m_storyEditor = new StoryEditor(m_document);
    m_questionEditor = new QuestionEditor(m_document);
    m_categoryEditor = new LabelEditor(m_document, LabelEditor::Kind::Categories);
    m_tagEditor = new LabelEditor(m_document, LabelEditor::Kind::Tags);

    // One page per section, in the navigator's order, in both stacks.
    m_lists = new QStackedWidget;
    m_editors = new QStackedWidget;
    m_lists->addWidget(m_storyPane);
    m_lists->addWidget(m_questionPane);
    m_lists->addWidget(m_categoryPane);
    m_lists->addWidget(m_tagPane);
    m_editors->addWidget(m_storyEditor);
    m_editors->addWidget(m_questionEditor);
    m_editors->addWidget(m_categoryEditor);
    m_editors->addWidget(m_tagEditor);
    m_lists->setMinimumWidth(220);

    StoryListModel* stories = m_storyPane->model();
    connect(storyList()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, stories](const QModelIndex& current) {
            if (!m_storyEditor->setStory(stories->storyAt(current)))
                keepUnsavedShown(storyList(), stories->indexOf(m_storyEditor->story()));
        });
    // A rebuilt list (new search) keeps the story being edited in view when it still matches.
    connect(stories, &QAbstractItemModel::modelReset, this, [this, stories] {
        const QModelIndex kept = stories->indexOf(m_storyEditor->story());
        if (kept.isValid())
            storyList()->setCurrentIndex(kept);
    });
    QuestionListModel* questions = m_questionPane->model();
    connect(m_questionPane->list()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, questions](const QModelIndex& current) {
            if (!m_questionEditor->setQuestion(questions->questionAt(current)))
                keepUnsavedShown(
                    m_questionPane->list(), questions->indexOf(m_questionEditor->question()));
        });
    connect(questions, &QAbstractItemModel::modelReset, this, [this, questions] {
        const QModelIndex kept = questions->indexOf(m_questionEditor->question());
        if (kept.isValid())
            m_questionPane->list()->setCurrentIndex(kept);
    });
    for (auto [pane, editor] :
        {std::pair {m_categoryPane, m_categoryEditor}, std::pair {m_tagPane, m_tagEditor}}) {
        connect(pane->list()->selectionModel(), &QItemSelectionModel::currentChanged, editor,
            [pane, editor](
                const QModelIndex& current) { editor->setLabel(pane->model()->labelAt(current)); });
        connect(pane, &LabelListPane::labelCreated, editor, [editor] {
            editor->nameEdit()->setFocus(Qt::OtherFocusReason);
            editor->nameEdit()->selectAll();
        });
        connect(editor, &LabelEditor::storyRequested, this, &MainWindow::selectStory);
    }
    // The journal's page in each stack sits at its section's place, after the other sections'.
    m_journal = new JournalSection(m_document, this);
    m_lists->insertWidget(int(Section::Journal), m_journal->pane());
    m_editors->insertWidget(int(Section::Journal), m_journal->editor());
    connect(m_journal, &JournalSection::storyRequested, this, &MainWindow::selectStory);
    connect(m_journal, &JournalSection::undoableDone, this, &MainWindow::sayUndoable);
    connect(m_storyEditor->originLabel(), &StoryOriginLabel::entryRequested, this,
        &MainWindow::selectJournalEntry);
    m_navigator->expand(m_navigatorModel->sectionIndex(Section::Journal)); // its story material
    buildInterviewPanes();
    connect(m_questionEditor, &QuestionEditor::storyRequested, this, [this](StoryId id) {
        selectStory(id);
        if (const auto story = m_document.bank().story(id); story && story->title.isEmpty())
            m_storyEditor->focusTitle(); // a new story for the question: start with its title
    });
}

QListView* MainWindow::storyList() const
{
    return m_storyPane->list();
}

QLineEdit* MainWindow::searchField() const
{
    return m_storyPane->searchField();
}

MainWindow::Section MainWindow::section() const
{
    return Section(m_lists->currentIndex());
}

void MainWindow::showSection(Section section)
{
    const QModelIndex node = m_navigatorModel->sectionIndex(section);
    if (m_navigator->currentIndex() != node)
        m_navigator->setCurrentIndex(node);
    else
        onNavigatorChanged(node);
}

void MainWindow::onNavigatorChanged(const QModelIndex& current)
{
    const NavigatorModel::Node node = m_navigatorModel->nodeAt(current);
    if (node.kind == NavigatorModel::NodeKind::None
        || node.kind == NavigatorModel::NodeKind::Practice)
        return; // practice has no list of its own: what is shown stays
    commitPending();
    m_lists->setCurrentIndex(int(node.section));
    m_editors->setCurrentIndex(int(node.section));
    // A section opens with something in its editor rather than an empty, disabled form.
    const auto selectFirst = [](QAbstractItemView* list) {
        if (!list->currentIndex().isValid() && list->model()->rowCount() > 0)
            list->setCurrentIndex(list->model()->index(0, 0));
    };
    if (node.section == Section::Categories)
        selectFirst(m_categoryPane->list());
    if (node.section == Section::Tags)
        selectFirst(m_tagPane->list());
    if (node.section == Section::Journal)
        m_journal->showStoryMaterial(node.kind == NavigatorModel::NodeKind::StoryMaterial);
    if (node.section == Section::Interviews) {
        if (node.kind == NavigatorModel::NodeKind::Interview)
            m_interviewPane->select(node.interview);
        else
            selectFirst(m_interviewPane->list());
    }
    if (node.section != Section::Questions)
        return;
    // A group shows its questions; the Questions node itself shows them all.
    m_questionPane->showCategory(node.category);
    if (node.kind == NavigatorModel::NodeKind::Question)
        m_questionPane->selectQuestion(node.question);
    else
        selectFirst(m_questionPane->list());
}

bool MainWindow::commitPending()
{
    const bool story = m_storyEditor->commitPending();
    const bool question = m_questionEditor->commitPending();
    m_categoryEditor->commitPending();
    m_tagEditor->commitPending();
    const bool journal = m_journal->commitPending();
    const bool interview = m_interviewEditor->commitPending();
    return story && question && journal && interview;
}

void MainWindow::newStory()
{
    commitPending();
    auto* command = new AddStoryCommand(m_document, Story {});
    if (!m_document.push(command))
        return; // the failure has been reported; the command is gone
    selectStory(command->story());
    m_storyEditor->focusTitle();
}

void MainWindow::deleteStory()
{
    const StoryId id = m_storyPane->model()->storyAt(storyList()->currentIndex());
    if (!id.isValid())
        return;
    commitPending();
    const int row = storyList()->currentIndex().row();
    if (!m_document.push(new RemoveStoryCommand(m_document, id)))
        return;
    sayUndoable(tr("Story deleted."));
    const int rows = m_storyPane->model()->rowCount();
    if (rows > 0)
        storyList()->setCurrentIndex(m_storyPane->model()->index(std::min(row, rows - 1)));
}

void MainWindow::selectStory(StoryId id)
{
    showSection(Section::Stories);
    QModelIndex index = m_storyPane->model()->indexOf(id);
    if (!index.isValid()) {
        m_storyPane->clearFilters(); // filtered out: show everything so the user sees it
        index = m_storyPane->model()->indexOf(id);
    }
    storyList()->setCurrentIndex(index);
    storyList()->scrollTo(index);
}

void MainWindow::newQuestion()
{
    commitPending();
    Question question;
    question.text = tr("New question");
    // Made while a category is shown, it is filed there, where the user will look for it.
    const CategoryId shown = m_questionPane->model()->categoryFilter();
    if (section() == Section::Questions && shown.isValid())
        question.categories = {shown};
    auto* command = new AddQuestionCommand(m_document, question);
    if (!m_document.push(command))
        return;
    selectQuestion(command->question());
    m_questionEditor->textEdit()->setFocus(Qt::OtherFocusReason);
    m_questionEditor->textEdit()->selectAll();
}

void MainWindow::deleteQuestion()
{
    const QModelIndex current = m_questionPane->list()->currentIndex();
    const QuestionId id = m_questionPane->model()->questionAt(current);
    if (!id.isValid())
        return;
    commitPending();
    if (!m_document.push(new RemoveQuestionCommand(m_document, id)))
        return;
    sayUndoable(tr("Question deleted."));
    const int rows = m_questionPane->model()->rowCount();
    if (rows > 0)
        m_questionPane->list()->setCurrentIndex(
            m_questionPane->model()->index(std::min(current.row(), rows - 1)));
}

void MainWindow::selectQuestion(QuestionId id)
{
    if (section() != Section::Questions)
        showSection(Section::Questions);
    m_questionPane->selectQuestion(id);
}

void MainWindow::buildInterviewPanes()
{
    m_interviewPane = new InterviewListPane(m_document);
    m_interviewEditor = new InterviewEditor(m_document);
    m_lists->insertWidget(int(Section::Interviews), m_interviewPane);
    m_editors->insertWidget(int(Section::Interviews), m_interviewEditor);
    connect(m_interviewPane, &InterviewListPane::aboutToWrite, this, &MainWindow::commitPending);
    connect(m_interviewPane->list()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            InterviewListModel* model = m_interviewPane->model();
            if (!m_interviewEditor->setInterview(model->interviewAt(current)))
                keepUnsavedShown(
                    m_interviewPane->list(), model->indexOf(m_interviewEditor->interview()));
        });
    connect(m_interviewPane, &InterviewListPane::created, m_interviewEditor,
        [this] { m_interviewEditor->focusCompany(); });
    connect(m_interviewPane, &InterviewListPane::deleted, this,
        [this] { sayUndoable(tr("Interview deleted.")); });
    connect(
        m_interviewEditor, &InterviewEditor::dayViewRequested, this, &MainWindow::showInterviewDay);
}

void MainWindow::selectInterview(InterviewId id)
{
    if (section() != Section::Interviews)
        showSection(Section::Interviews);
    m_interviewPane->select(id);
}

void MainWindow::selectJournalEntry(JournalEntryId id)
{
    showSection(Section::Journal);
    m_journal->selectEntry(id);
}

void MainWindow::showCheatSheet()
{
    commitPending();
    if (!m_cheatSheet) {
        m_cheatSheet = new CheatSheetWindow(m_document.bank(), this);
        m_cheatSheet->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_cheatSheet->refresh(); // stories may have changed since it was opened
    }
    m_cheatSheet->show();
    m_cheatSheet->raise();
    m_cheatSheet->activateWindow();
}

CoverageWindow* MainWindow::coverageWindow() const
{
    return m_coverage;
}

void MainWindow::showFlashcards()
{
    commitPending();
    // Ten new stories a sitting at most: enough to start, few enough to finish.
    constexpr int kNewStoriesPerSitting = 10;
    auto* cards = new FlashcardWindow(m_document.bank(),
        practice::flashcardDeck(m_document.bank(), QDate::currentDate(), kNewStoriesPerSitting),
        this);
    cards->setAttribute(Qt::WA_DeleteOnClose);
    cards->show();
    cards->activateWindow();
}

void MainWindow::showMockInterview()
{
    commitPending();
    auto* interview = new MockInterviewWindow(m_document.bank(), this);
    interview->setAttribute(Qt::WA_DeleteOnClose);
    interview->show();
    interview->activateWindow();
}

void MainWindow::showCoverage()
{
    commitPending();
    if (!m_coverage) {
        m_coverage = new CoverageWindow(m_document.bank(), this);
        m_coverage->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_coverage, &CoverageWindow::storyRequested, this, [this](StoryId story) {
            selectStory(story);
            activateWindow();
        });
        connect(m_coverage, &CoverageWindow::categoryRequested, this, [this](CategoryId category) {
            const QModelIndex node = m_navigatorModel->categoryIndex(category);
            if (node.isValid())
                m_navigator->setCurrentIndex(node);
            activateWindow();
        });
    } else {
        m_coverage->refresh(); // links may have changed since it was opened
    }
    m_coverage->show();
    m_coverage->raise();
    m_coverage->activateWindow();
}

void MainWindow::sayUndoable(const QString& what)
{
    // No "are you sure?" for a single item: it is one Ctrl+Z away, and the status bar says so.
    statusBar()->showMessage(what + QLatin1Char(' ')
            + tr("Press %1 to bring it back.")
                  .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

void MainWindow::updateCounts()
{
    const BankStats stats = m_document.bank().stats();
    m_counts->setText(
        storiesText(stats.stories) + QStringLiteral(" · ") + questionsText(stats.questions));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray()))
        m_splitter->setSizes({220, 290, 690});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!commitPending() && !confirmCloseUnsaved()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/panes"), m_splitter->saveState());
    event->accept();
}

} // namespace sb::gui
