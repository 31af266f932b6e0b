#include "app/gui/StoryLabelsPanel.h"

#include "app/gui/CategoryChecklistModel.h"
#include "app/gui/ColourSwatch.h"
#include "core/Bank.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::gui {

StoryLabelsPanel::StoryLabelsPanel(Bank& bank, QWidget* parent) : QWidget(parent), m_bank(bank)
{
    m_categoryModel = new CategoryChecklistModel(bank, this);
    m_categories = new QListView;
    m_categories->setModel(m_categoryModel);
    m_categories->setAccessibleName(tr("Categories this story covers"));
    // Check boxes flow in columns like a form, not one long list.
    m_categories->setFlow(QListView::LeftToRight);
    m_categories->setWrapping(true);
    m_categories->setResizeMode(QListView::Adjust);
    m_categories->setUniformItemSizes(true);
    m_categories->setIconSize(QSize(10, 10)); // a colour swatch, not a picture
    const auto fitGrid = [this] {
        // Wide enough for the longest name, plus the check box and the swatch.
        int widest = 0;
        for (int row = 0; row < m_categoryModel->rowCount(); ++row)
            widest = std::max(widest,
                fontMetrics().horizontalAdvance(m_categoryModel->index(row).data().toString()));
        m_categories->setGridSize(QSize(widest + 60, fontMetrics().height() + 8));
    };
    connect(m_categoryModel, &QAbstractItemModel::modelReset, this, fitGrid);
    fitGrid();
    m_categories->setMinimumHeight((fontMetrics().height() + 8) * 5 + 4);
    m_categories->setMaximumHeight((fontMetrics().height() + 8) * 7 + 4);

    m_tagField = new QLineEdit;
    m_tagField->setPlaceholderText(tr("Add a tag (a skill, a company…) and press Enter"));
    m_tagField->setAccessibleName(tr("Add a tag"));
    m_tagNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_tagNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagField->setCompleter(completer);

    m_chips = new QHBoxLayout;
    m_chips->setContentsMargins(0, 0, 0, 0);
    auto* tagsRow = new QHBoxLayout;
    tagsRow->addLayout(m_chips);
    tagsRow->addWidget(m_tagField, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_categories);
    layout->addLayout(tagsRow);

    connect(m_categoryModel, &CategoryChecklistModel::toggled, this,
        &StoryLabelsPanel::categoryToggled);
    connect(m_tagField, &QLineEdit::returnPressed, this, [this] {
        const QString name = m_tagField->text().trimmed();
        m_tagField->clear();
        if (!name.isEmpty())
            emit tagAdded(name);
    });
    connect(&m_bank, &Bank::changed, this, [this](const BankChange& change) {
        if (change.entity == BankChange::Entity::Tag) {
            refreshTagNames();
            showTags(m_tagIds); // a renamed or recoloured tag shows at once
        }
    });
    refreshTagNames();
}

void StoryLabelsPanel::refreshTagNames()
{
    QStringList names;
    for (const Tag& tag : m_bank.tags())
        names.append(tag.name);
    m_tagNames->setStringList(names);
}

void StoryLabelsPanel::showStory(const Story& story)
{
    m_categoryModel->setChecked(story.categories);
    showTags(story.tags);
}

void StoryLabelsPanel::showTags(const QList<TagId>& ids)
{
    m_tagIds = ids;
    QList<Tag> tags;
    for (TagId id : ids) {
        if (const auto tag = m_bank.tag(id))
            tags.append(*tag);
    }
    if (tags == m_shownTags)
        return; // typing in the story re-shows it often; the chips stay as they are
    m_shownTags = tags;
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        // Later, not now: this may run inside the click of the chip being replaced.
        if (QWidget* chip = item->widget()) {
            chip->hide();
            chip->deleteLater();
        }
        delete item;
    }
    for (const Tag& shown : std::as_const(m_shownTags)) {
        const auto* tag = &shown;
        const TagId id = shown.id;
        auto* chip = new QToolButton;
        chip->setIcon(colourSwatch(QColor(tag->colour)));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setText(tr("%1 ✕").arg(tag->name));
        chip->setToolTip(tr("Remove the tag “%1” from this story").arg(tag->name));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag->name));
        connect(chip, &QToolButton::clicked, this, [this, id] { emit tagRemoved(id); });
        m_chips->addWidget(chip);
        chip->show(); // now, rather than on the layout's queued show: the old chip is gone now
    }
}

} // namespace sb::gui
