#pragma once

#include "core/model/Interview.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::gui {

class BankDocument;
class InterviewEditor;

// The company's stated values, each with the stories that show it; a value no story shows yet
// is flagged as a gap to prepare. Name and description are edited in place.
class CompanyValuesPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Description, ColumnCount };

    CompanyValuesPanel(BankDocument& document, InterviewEditor& editor, QWidget* parent = nullptr);

    void showInterview(const Interview& interview);
    void addValue(const QString& name, const QString& description = {});
    void setValue(int row, const QString& name, const QString& description);
    void mapStory(int row, StoryId story);
    void unmapStory(int row, StoryId story);
    void removeValue(int row);
    void removeCurrent();

    QTreeWidget* tree() const { return m_tree; }
    // The gap warning shown under a value no story shows; empty for a mapped value.
    QString gapOf(int row) const;

private:
    int currentRow() const;

    BankDocument& m_document;
    InterviewEditor& m_editor;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_map = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_loading = false;
};

} // namespace sb::gui
