#pragma once

#include "core/model/Id.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace sb::gui {

class BankDocument;
class BankFileActions;
class QuestionEditor;
class QuestionListModel;
class StoryEditor;
class StoryListModel;

// Wires the story list, the search box and the editor to one open bank; the work is done by
// the parts (StoryListModel, StoryEditor, the undo commands).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(BankDocument& document, QWidget* parent = nullptr);
    ~MainWindow() override;

    StoryEditor* editor() const { return m_editor; }
    BankFileActions* fileActions() const { return m_fileActions; }
    QuestionEditor* questionEditor() const { return m_questionEditor; }
    QListView* questionList() const { return m_questionList; }
    QTabWidget* views() const { return m_views; }
    QListView* storyList() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }

    void newStory();
    void deleteStory();
    void selectStory(StoryId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildListPane();
    QWidget* buildQuestionPane();
    void buildActions();
    QAction* historyAction(bool redo);
    void commitPending();
    void updateCounts();
    void restoreLayout();

    BankDocument& m_document;
    StoryListModel* m_model = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QListView* m_list = nullptr;
    StoryEditor* m_editor = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_saveState = nullptr;
    BankFileActions* m_fileActions = nullptr;
    QTabWidget* m_views = nullptr;
    QStackedWidget* m_editors = nullptr;
    QuestionListModel* m_questionModel = nullptr;
    QListView* m_questionList = nullptr;
    QuestionEditor* m_questionEditor = nullptr;
};

} // namespace sb::gui
