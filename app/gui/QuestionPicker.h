#pragma once

#include "app/gui/SearchPicker.h"
#include "core/model/Id.h"

#include <optional>

namespace sb {
class Bank;
}

namespace sb::gui {

class QuestionListModel;

// Choose a question from the whole bank by typing a few of its words.
class QuestionPicker : public SearchPicker {
    Q_OBJECT

public:
    explicit QuestionPicker(Bank& bank, QWidget* parent = nullptr);

    QuestionId chosen() const;

    static std::optional<QuestionId> pick(Bank& bank, QWidget* parent);

protected:
    void setSearchText(const QString& text) override;

private:
    QuestionListModel* m_model = nullptr;
};

} // namespace sb::gui
