#pragma once

#include "core/interview/RepeatGuard.h"
#include "core/model/Interview.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::gui {

class BankDocument;
class InterviewEditor;

// The questions expected at an interview, in the order they are prepared, each with the
// stories planned for it and their cues; a planned story already told to this company is
// flagged with where and to whom. Questions come from the bank or are written new (and then
// added to the bank); stories are picked from the bank. Every change is one undo step.
class ExpectedQuestionsPanel : public QWidget {
    Q_OBJECT

public:
    // What an item of the tree is (Qt::UserRole + 1).
    enum class ItemKind { Question, Story, Detail };

    ExpectedQuestionsPanel(
        BankDocument& document, InterviewEditor& editor, QWidget* parent = nullptr);

    void showInterview(
        const Interview& interview, const QHash<StoryId, QList<EarlierTelling>>& toldAtCompany);

    void addQuestion(QuestionId question);
    // Adds a question with this text to the bank and expects it here, as one undo step.
    void writeQuestion(const QString& text);
    void planStory(QuestionId question, StoryId story);
    void unplanStory(QuestionId question, StoryId story);
    void removeQuestion(QuestionId question);
    void moveQuestion(QuestionId question, int by);
    void removeCurrent();

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* questionItem(QuestionId question) const;
    QTreeWidgetItem* storyItem(QuestionId question, StoryId story) const;
    // The repeat guard's warning shown under a planned story; empty when it was not told.
    QString warningOf(QuestionId question, StoryId story) const;

private:
    QuestionId currentQuestion() const;
    void updateButtons();

    BankDocument& m_document;
    InterviewEditor& m_editor;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_fromBank = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace sb::gui
