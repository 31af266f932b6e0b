#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace sb {
class Bank;
}

namespace sb::gui {

class LabelCombo;
class StoryListModel;

// The list of stories with search-as-you-type and filters by status, method, category and tag.
class StoryListPane : public QWidget {
    Q_OBJECT

public:
    explicit StoryListPane(Bank& bank, QWidget* parent = nullptr);

    StoryListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* methodFilter() const { return m_method; }
    LabelCombo* categoryFilter() const { return m_category; }
    LabelCombo* tagFilter() const { return m_tag; }

    // Shows every story again (the one asked for may be filtered out).
    void clearFilters();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();

    StoryListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_method = nullptr;
    LabelCombo* m_category = nullptr;
    LabelCombo* m_tag = nullptr;
    QListView* m_list = nullptr;
};

} // namespace sb::gui
