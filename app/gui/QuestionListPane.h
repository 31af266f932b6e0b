#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;

namespace sb {
class Bank;
}

namespace sb::gui {

class LabelCombo;
class QuestionListModel;

// The list of questions with search-as-you-type, a category filter and "no story yet".
class QuestionListPane : public QWidget {
    Q_OBJECT

public:
    explicit QuestionListPane(Bank& bank, QWidget* parent = nullptr);

    QuestionListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    LabelCombo* categoryFilter() const { return m_category; }
    QCheckBox* unansweredOnly() const { return m_unanswered; }

    void showCategory(CategoryId category);
    // Selects the question, clearing filters that hide it.
    void selectQuestion(QuestionId question);

private:
    QuestionListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    LabelCombo* m_category = nullptr;
    QCheckBox* m_unanswered = nullptr;
    QListView* m_list = nullptr;
};

} // namespace sb::gui
