#pragma once

#include "core/model/Id.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;

namespace sb::gui {

class BankDocument;
class BankFileActions;
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
    QListView* storyList() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }

    void newStory();
    void deleteStory();
    void selectStory(StoryId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildListPane();
    void buildActions();
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
};

} // namespace sb::gui
