#pragma once

#include "core/model/BankChange.h"
#include "core/model/Id.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sb::gui {

class BankDocument;

// Stories that probably answer the open question (sharing its categories, its words, its
// tags), each with why; Link makes the link in one click (an undo step, like any link).
class SuggestedStoriesPanel : public QWidget {
    Q_OBJECT

public:
    explicit SuggestedStoriesPanel(BankDocument& document, QWidget* parent = nullptr);

    void setQuestion(QuestionId question);
    QListWidget* list() const { return m_list; }
    QPushButton* linkButton() const { return m_link; }
    QList<StoryId> stories() const { return m_stories; }

signals:
    void linkRequested(sb::StoryId story);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    QuestionId m_question;
    QList<StoryId> m_stories;
    bool m_stale = false; // the bank changed while the panel was hidden
    QListWidget* m_list = nullptr;
    QLabel* m_none = nullptr;
    QPushButton* m_link = nullptr;
};

} // namespace sb::gui
