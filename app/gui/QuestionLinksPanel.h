#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QPushButton;

namespace sb::gui {

class BankDocument;
class LinkTableView;
class QuestionLinksModel;

// "Answered by": the stories linked to one question, with fit and angle editable in place, a
// picker to link another, a button to unlink one and one to write a new story for the
// question. Every change is an undo command.
class QuestionLinksPanel : public QWidget {
    Q_OBJECT

public:
    explicit QuestionLinksPanel(BankDocument& document, QWidget* parent = nullptr);

    void setQuestion(QuestionId question);
    void linkStory(StoryId story);
    void removeCurrent();
    // Creates an empty story linked to the question, as one undo step; returns it (invalid
    // when the write failed) after asking for it to be shown.
    StoryId addNewStory();
    // Writes a fit or angle still open in the table's editor.
    void commitPending();

    QuestionLinksModel* model() const { return m_model; }
    LinkTableView* table() const { return m_table; }
    QPushButton* linkButton() const { return m_link; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* newStoryButton() const { return m_newStory; }

signals:
    void storyRequested(sb::StoryId story);

private:
    void linkFromPicker();
    void updateButtons();

    BankDocument& m_document;
    QuestionLinksModel* m_model = nullptr;
    LinkTableView* m_table = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_newStory = nullptr;
};

} // namespace sb::gui
