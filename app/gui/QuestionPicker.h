#pragma once

#include "core/model/Id.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QListView;

namespace sb {
class Bank;
}

namespace sb::gui {

class QuestionListModel;

// Choose a question from the whole bank by typing a few of its words.
class QuestionPicker : public QDialog {
    Q_OBJECT

public:
    explicit QuestionPicker(Bank& bank, QWidget* parent = nullptr);

    QuestionId chosen() const;
    QLineEdit* filterField() const { return m_filter; }
    QListView* list() const { return m_list; }

    static std::optional<QuestionId> pick(Bank& bank, QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QuestionListModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
};

} // namespace sb::gui
