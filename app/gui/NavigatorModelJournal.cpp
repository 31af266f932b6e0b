#include "app/gui/NavigatorModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "core/journal/StoryMaterial.h"

// The navigator's Journal section: its count, and below it the story material (entries not yet
// written as stories), counted afresh as entries come, go and are promoted.

namespace sb::gui {

QModelIndex NavigatorModel::storyMaterialIndex() const
{
    return index(0, 0, sectionIndex(Section::Journal));
}

void NavigatorModel::countStoryMaterial()
{
    m_storyMaterial = int(storymaterial::candidates(m_document.bank().journal()).size());
}

void NavigatorModel::followJournal(const BankChange& change)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;
    const bool journal = change.entity == Entity::Journal;
    // The database clears the back-reference of a removed story's entry: material again.
    const bool storyGone = change.entity == Entity::Story && change.kind == Kind::Removed;
    if (!journal && !storyGone)
        return;
    if (journal && change.kind != Kind::Updated) {
        m_stats.journalEntries = m_document.bank().stats().journalEntries;
        const QModelIndex section = sectionIndex(Section::Journal);
        emit dataChanged(section, section, {Qt::DisplayRole});
    }
    const int before = m_storyMaterial;
    countStoryMaterial();
    if (m_storyMaterial != before) {
        const QModelIndex material = storyMaterialIndex();
        emit dataChanged(material, material, {Qt::DisplayRole, Qt::AccessibleTextRole});
    }
}

QVariant NavigatorModel::storyMaterialData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("Story material (%1)").arg(m_storyMaterial);
    case Qt::DecorationRole:
        return themedIcon(QStringLiteral("document-new"));
    case Qt::ToolTipRole:
        return tr("Journal entries not yet written as stories, the strongest first");
    default:
        return {};
    }
}

} // namespace sb::gui
