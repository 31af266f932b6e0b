#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QPushButton;

namespace sb::gui {

class BankDocument;
class LinkTableView;
class StoryLinksModel;

// "Questions this story answers": the links of one story, with fit and angle editable in
// place, a picker to add one and a button to remove one. Every change is an undo command.
class StoryLinksPanel : public QWidget {
    Q_OBJECT

public:
    explicit StoryLinksPanel(BankDocument& document, QWidget* parent = nullptr);

    void setStory(StoryId story);
    void linkQuestion(QuestionId question);
    void removeCurrent();
    // Writes a fit or angle still open in the table's editor.
    void commitPending();

    StoryLinksModel* model() const { return m_model; }
    LinkTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

private:
    void addFromPicker();

    BankDocument& m_document;
    StoryLinksModel* m_model = nullptr;
    LinkTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace sb::gui
