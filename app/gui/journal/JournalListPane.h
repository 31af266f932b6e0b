#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace sb {
class Bank;
}

namespace sb::gui {

class JournalListModel;

// The journal's entries with a choice of order, or only the story material; buttons to write a
// new entry and delete the chosen one (their work is done by whoever owns the pane).
class JournalListPane : public QWidget {
    Q_OBJECT

public:
    explicit JournalListPane(Bank& bank, QWidget* parent = nullptr);

    JournalListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QComboBox* orderChoice() const { return m_order; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* deleteButton() const { return m_delete; }

    // The story material only (strongest first), or every entry in the order chosen.
    void showStoryMaterial(bool only);
    bool showsStoryMaterial() const;
    void selectEntry(JournalEntryId id);

private:
    void applyOrder();

    JournalListModel* m_model = nullptr;
    QComboBox* m_order = nullptr;
    QLabel* m_materialNote = nullptr;
    QListView* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace sb::gui
