#include "app/gui/LabelCombo.h"

#include "app/gui/ColourSwatch.h"
#include "core/Bank.h"

namespace sb::gui {

LabelCombo::LabelCombo(Bank& bank, Kind kind, const QString& allText, QWidget* parent)
    : QComboBox(parent), m_bank(bank), m_kind(kind), m_allText(allText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8); // long names must not widen the list pane
    refill();
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refilling)
            emit chosenChanged(chosen());
    });
    connect(&m_bank, &Bank::changed, this, [this](const BankChange& change) {
        const auto mine =
            m_kind == Kind::Tags ? BankChange::Entity::Tag : BankChange::Entity::Category;
        if (change.entity == mine)
            refill();
    });
}

void LabelCombo::choose(int64_t id)
{
    const int at = findData(QVariant::fromValue(id));
    setCurrentIndex(at < 0 ? 0 : at);
}

void LabelCombo::refill()
{
    const int64_t kept = count() > 0 ? chosen() : 0;
    m_refilling = true;
    clear();
    addItem(m_allText, QVariant::fromValue(int64_t {0}));
    if (m_kind == Kind::Tags) {
        for (const Tag& tag : m_bank.tags())
            addItem(colourSwatch(QColor(tag.colour)), tag.name, QVariant::fromValue(tag.id.value));
    } else {
        for (const Category& category : m_bank.categories())
            addItem(colourSwatch(QColor(category.colour)), category.name,
                QVariant::fromValue(category.id.value));
    }
    const int at = findData(QVariant::fromValue(kept));
    setCurrentIndex(at < 0 ? 0 : at);
    m_refilling = false;
    if (chosen() != kept)
        emit chosenChanged(chosen()); // the chosen label is gone: show everything again
}

} // namespace sb::gui
