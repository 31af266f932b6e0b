#include "app/gui/journal/JournalListModel.h"

#include "app/gui/journal/JournalText.h"
#include "core/Bank.h"
#include "core/journal/StoryMaterial.h"

#include <algorithm>

namespace sb::gui {

JournalListModel::JournalListModel(Bank& bank, QObject* parent)
    : QAbstractListModel(parent), m_bank(bank)
{
    connect(&bank, &Bank::changed, this, &JournalListModel::onBankChanged);
    m_entries = bank.journal();
}

int JournalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JournalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& entry = m_entries.at(index.row());
    const QString title = entry.title.simplified();
    // The date line also says whether a story was written from it; ratings get a line of their
    // own, so a narrow pane never splits one of them across two lines.
    QString line = journaltext::when(entry);
    if (entry.story.isValid())
        line += QStringLiteral("  ") + tr("→ story");
    if (const QString rated = journaltext::ratings(entry); !rated.isEmpty())
        line += QLatin1Char('\n') + rated;
    switch (role) {
    case Qt::DisplayRole:
        return QString(title + QLatin1Char('\n') + line);
    case Qt::ToolTipRole: {
        QString tip = entry.details.trimmed();
        if (tip.size() > 300)
            tip = tip.left(299) + QChar(0x2026);
        return tip.isEmpty() ? line : tip;
    }
    case Qt::AccessibleTextRole:
        return QString(title + QStringLiteral(", ")
            + QString(line).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    default:
        return {};
    }
}

void JournalListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    beginResetModel();
    reload();
    endResetModel();
}

JournalEntryId JournalListModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return {};
    return m_entries.at(index.row()).id;
}

QModelIndex JournalListModel::indexOf(JournalEntryId id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return index(row);
    }
    return {};
}

void JournalListModel::reload()
{
    QList<JournalEntry> entries = m_bank.journal(); // newest first
    if (m_order == Order::StoryMaterial) {
        entries = storymaterial::candidates(entries);
    } else if (m_order == Order::Strongest) {
        std::stable_sort(
            entries.begin(), entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
                return storymaterial::strength(a) > storymaterial::strength(b);
            });
    }
    m_entries = std::move(entries);
}

void JournalListModel::onBankChanged(const BankChange& change)
{
    // A removed story takes its entry's back-reference with it (the database clears it).
    if (change.entity != BankChange::Entity::Journal
        && !(
            change.entity == BankChange::Entity::Story && change.kind == BankChange::Kind::Removed))
        return;
    QList<JournalEntryId> before;
    for (const JournalEntry& entry : std::as_const(m_entries))
        before.append(entry.id);
    const QList<JournalEntry> old = m_entries;
    reload();
    QList<JournalEntryId> after;
    for (const JournalEntry& entry : std::as_const(m_entries))
        after.append(entry.id);
    if (before == after) {
        // Typing in the editor: the rows stay where they are, so does the selection.
        for (int row = 0; row < m_entries.size(); ++row) {
            if (!(m_entries[row] == old[row]))
                emit dataChanged(index(row), index(row));
        }
        return;
    }
    // Added, removed or reordered: the views' current rows are put back by their owners.
    m_entries = old;
    beginResetModel();
    reload();
    endResetModel();
}

} // namespace sb::gui
