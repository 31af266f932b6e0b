#pragma once

#include "core/model/BankChange.h"
#include "core/model/Question.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QListView;
class QPlainTextEdit;

namespace sb::gui {

class BankDocument;
class CategoryChecklistModel;
class QuestionLinksPanel;
class SuggestedStoriesPanel;

// Edits one question: its text, other phrasings, kind, categories and the prepared answer for
// questions not answered with a story, and the stories that answer it. Typing is written as in
// the story editor: one undo step per burst, within a second.
class QuestionEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kCommitDelayMs = 600;
    static constexpr int kRetryDelayMs = 3000; // as in the story editor

    explicit QuestionEditor(BankDocument& document, QWidget* parent = nullptr);

    // As StoryEditor::setStory: text the bank refused keeps its question on screen.
    bool setQuestion(QuestionId id);
    QuestionId question() const { return m_question.id; }
    bool commitPending(); // as StoryEditor::commitPending

    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QuestionLinksPanel* linksPanel() const { return m_links; }
    SuggestedStoriesPanel* suggestionsPanel() const { return m_suggestions; }

signals:
    // A linked story was opened, or a new one written for this question: show it.
    void storyRequested(sb::StoryId story);

private:
    void showQuestion(const Question& question);
    Question questionFromFields() const;
    void fieldEdited();
    bool commitFields();
    // False when the bank refused the change.
    bool push(const Question& after, const QString& text);
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    Question m_question; // as last written
    QTimer m_commitTimer;
    bool m_loading = false;

    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_variants = nullptr;
    QComboBox* m_kind = nullptr;
    CategoryChecklistModel* m_categoryModel = nullptr;
    QListView* m_categories = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QuestionLinksPanel* m_links = nullptr;
    SuggestedStoriesPanel* m_suggestions = nullptr;
};

} // namespace sb::gui
