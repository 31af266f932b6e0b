#include "app/gui/QuestionPicker.h"

#include "app/gui/QuestionListModel.h"

namespace sb::gui {

QuestionPicker::QuestionPicker(Bank& bank, QWidget* parent)
    : SearchPicker(parent), m_model(new QuestionListModel(bank, this))
{
    setUp(m_model,
        {tr("Link a Question"), tr("Type words of the question, e.g. “conflict manager”"),
            tr("Find a question"), tr("Questions"), tr("Link")});
    m_model->ensureLoaded(); // a picker is opened to be looked at
}

void QuestionPicker::setSearchText(const QString& text)
{
    m_model->setSearchText(text);
}

QuestionId QuestionPicker::chosen() const
{
    return m_model->questionAt(currentIndex());
}

std::optional<QuestionId> QuestionPicker::pick(Bank& bank, QWidget* parent)
{
    QuestionPicker picker(bank, parent);
    if (picker.exec() != QDialog::Accepted || !picker.chosen().isValid())
        return std::nullopt;
    return picker.chosen();
}

} // namespace sb::gui
