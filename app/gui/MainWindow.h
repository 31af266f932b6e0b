#pragma once

#include "app/gui/NavigatorModel.h"
#include "core/model/Id.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace sb::gui {

class BankDocument;
class BankFileActions;
class CheatSheetWindow;
class CoverageWindow;
class DefaultPitchDialog;
class InterviewEditor;
class InterviewListPane;
class JournalSection;
class LabelEditor;
class LabelListPane;
class QuestionEditor;
class QuestionListPane;
class StoryEditor;
class StoryListPane;

// Wires the navigator, the list of the chosen section and its editor to one open bank; the
// work is done by the parts (models, panes, editors, undo commands).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    using Section = NavigatorModel::Section;

    explicit MainWindow(BankDocument& document, QWidget* parent = nullptr);
    ~MainWindow() override;

    StoryEditor* editor() const { return m_storyEditor; }
    QuestionEditor* questionEditor() const { return m_questionEditor; }
    LabelEditor* tagEditor() const { return m_tagEditor; }
    LabelEditor* categoryEditor() const { return m_categoryEditor; }
    BankFileActions* fileActions() const { return m_fileActions; }
    QTreeView* navigator() const { return m_navigator; }
    NavigatorModel* navigatorModel() const { return m_navigatorModel; }
    StoryListPane* storyPane() const { return m_storyPane; }
    QuestionListPane* questionPane() const { return m_questionPane; }
    LabelListPane* tagPane() const { return m_tagPane; }
    LabelListPane* categoryPane() const { return m_categoryPane; }
    QListView* storyList() const;
    QLineEdit* searchField() const;
    // The journal's list pane, editor and actions.
    JournalSection* journal() const { return m_journal; }
    InterviewListPane* interviewPane() const { return m_interviewPane; }
    InterviewEditor* interviewEditor() const { return m_interviewEditor; }
    Section section() const;

    void showSection(Section section);
    void newStory();
    void deleteStory();
    void selectStory(StoryId id);
    void newQuestion();
    void deleteQuestion();
    void selectQuestion(QuestionId id);
    void selectJournalEntry(JournalEntryId id);
    void selectInterview(InterviewId id);
    // Opens the cheat sheet window (one per main window), with what is typed written first.
    void showCheatSheet();
    // Opens the coverage heat map (one per main window), read afresh.
    void showCoverage();
    CoverageWindow* coverageWindow() const;
    // Opens flashcards of what is due today, then stories never practised.
    void showFlashcards();
    void showMockInterview();
    // Opens the default "Tell me about yourself" pitch (one per main window).
    void showDefaultPitch();
    DefaultPitchDialog* defaultPitchDialog() const;
    // Opens everything for the day of one interview in a window of its own.
    void showInterviewDay(InterviewId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildNavigator();
    void buildPanes();
    void buildInterviewPanes();
    void buildActions();
    QAction* historyAction(bool redo);
    void onNavigatorChanged(const QModelIndex& current);
    // False when typing the bank refused is still waiting to be written.
    bool commitPending();
    // Puts the selection back on the item whose unsaved text the editor keeps showing.
    void keepUnsavedShown(QAbstractItemView* list, const QPersistentModelIndex& shown);
    bool confirmCloseUnsaved();
    void updateCounts();
    void sayUndoable(const QString& what);
    void restoreLayout();

    BankDocument& m_document;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_navigator = nullptr;
    NavigatorModel* m_navigatorModel = nullptr;
    QStackedWidget* m_lists = nullptr;
    QStackedWidget* m_editors = nullptr;
    StoryListPane* m_storyPane = nullptr;
    QuestionListPane* m_questionPane = nullptr;
    LabelListPane* m_categoryPane = nullptr;
    LabelListPane* m_tagPane = nullptr;
    StoryEditor* m_storyEditor = nullptr;
    QuestionEditor* m_questionEditor = nullptr;
    LabelEditor* m_categoryEditor = nullptr;
    LabelEditor* m_tagEditor = nullptr;
    JournalSection* m_journal = nullptr;
    InterviewListPane* m_interviewPane = nullptr;
    InterviewEditor* m_interviewEditor = nullptr;
    QPointer<CheatSheetWindow> m_cheatSheet;
    QPointer<CoverageWindow> m_coverage;
    QPointer<DefaultPitchDialog> m_pitch;
    QLabel* m_counts = nullptr;
    QLabel* m_saveState = nullptr;
    BankFileActions* m_fileActions = nullptr;
};

} // namespace sb::gui
