#pragma once

#include "core/model/BankChange.h"
#include "core/model/Question.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;

namespace sb::gui {

class BankDocument;
class CategoryChecklistModel;

// Edits one question: its text, other phrasings, kind, categories and the prepared answer for
// questions not answered with a story, and lists the stories linked to it. Typing is written
// as in the story editor: one undo step per burst, within a second.
class QuestionEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kCommitDelayMs = 600;

    explicit QuestionEditor(BankDocument& document, QWidget* parent = nullptr);

    void setQuestion(QuestionId id);
    QuestionId question() const { return m_question.id; }
    void commitPending();

    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* storiesLabel() const { return m_stories; }

private:
    void showQuestion(const Question& question);
    Question questionFromFields() const;
    void fieldEdited();
    void push(const Question& after, const QString& text);
    void showLinkedStories();
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
    QLabel* m_stories = nullptr;
};

} // namespace sb::gui
