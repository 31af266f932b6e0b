#pragma once

#include "app/gui/SearchPicker.h"
#include "core/model/Id.h"

#include <optional>

namespace sb {
class Bank;
}

namespace sb::gui {

class StoryListModel;

// Choose a story from the whole bank by typing a few of its words (title, sections, tags…).
class StoryPicker : public SearchPicker {
    Q_OBJECT

public:
    explicit StoryPicker(Bank& bank, QWidget* parent = nullptr);

    StoryId chosen() const;

    static std::optional<StoryId> pick(Bank& bank, QWidget* parent);

protected:
    void setSearchText(const QString& text) override;

private:
    StoryListModel* m_model = nullptr;
};

} // namespace sb::gui
