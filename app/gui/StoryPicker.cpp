#include "app/gui/StoryPicker.h"

#include "app/gui/StoryListModel.h"

namespace sb::gui {

StoryPicker::StoryPicker(Bank& bank, QWidget* parent)
    : SearchPicker(parent), m_model(new StoryListModel(bank, this))
{
    setUp(m_model,
        {tr("Link a Story"), tr("Type words of the story, e.g. “migration deadline”"),
            tr("Find a story"), tr("Stories"), tr("Link")});
}

void StoryPicker::setSearchText(const QString& text)
{
    m_model->setSearchText(text);
}

StoryId StoryPicker::chosen() const
{
    return m_model->storyAt(currentIndex());
}

std::optional<StoryId> StoryPicker::pick(Bank& bank, QWidget* parent)
{
    StoryPicker picker(bank, parent);
    if (picker.exec() != QDialog::Accepted || !picker.chosen().isValid())
        return std::nullopt;
    return picker.chosen();
}

} // namespace sb::gui
