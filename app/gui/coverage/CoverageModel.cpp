#include "app/gui/coverage/CoverageModel.h"

#include "core/Bank.h"
#include "core/analysis/Coverage.h"

#include <QColor>

namespace sb::gui {

namespace {

// Heat-map colours that read on light and dark palettes alike: a saturated and a pale green
// behind dark text, a pale red for a thin category's count.
const QColor kStrong(0x2e, 0x9e, 0x5b);
const QColor kPartial(0xa8, 0xdc, 0xb9);
const QColor kThin(0xf4, 0xb6, 0xb0);
const QColor kInk(0x1a, 0x1a, 0x1a);

} // namespace

CoverageModel::CoverageModel(const Bank& bank, QObject* parent)
    : QAbstractTableModel(parent), m_bank(bank)
{
    refresh();
}

void CoverageModel::refresh()
{
    beginResetModel();
    m_report = Coverage(m_bank).report();
    m_stories = m_bank.storySummaries();
    m_thin = QSet<CategoryId>(m_report.thinCategories.cbegin(), m_report.thinCategories.cend());
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.categories.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStory + int(m_stories.size());
}

CategoryId CoverageModel::categoryAt(int row) const
{
    return row >= 0 && row < m_report.categories.size() ? m_report.categories.at(row).category
                                                        : CategoryId();
}

StoryId CoverageModel::storyAt(int column) const
{
    const int i = column - FirstStory;
    return i >= 0 && i < m_stories.size() ? m_stories.at(i).id : StoryId();
}

Strength CoverageModel::strengthAt(const QModelIndex& index) const
{
    return m_report.strength(storyAt(index.column()), categoryAt(index.row()));
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CategoryCoverage& row = m_report.categories.at(index.row());
    if (index.column() >= FirstStory)
        return storyCell(row, m_stories.at(index.column() - FirstStory), role);
    return totalCell(row, index.column(), role);
}

QVariant CoverageModel::storyCell(
    const CategoryCoverage& row, const StorySummary& story, int role) const
{
    const Strength strength = m_report.strength(story.id, row.category);
    switch (role) {
    case Qt::DisplayRole:
        // A letter as well as a colour, for those who do not tell the greens apart.
        return strength == Strength::Strong ? tr("S")
            : strength == Strength::Partial ? tr("p")
                                            : QString();
    case Qt::BackgroundRole:
        if (strength == Strength::None)
            return {};
        return strength == Strength::Strong ? kStrong : kPartial;
    case Qt::ForegroundRole:
        return strength == Strength::None ? QVariant() : QVariant(kInk);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return strength == Strength::Strong
            ? tr("“%1” covers %2 strongly").arg(story.title, row.name)
            : strength == Strength::Partial
            ? tr("“%1” covers %2 in part").arg(story.title, row.name)
            : tr("“%1” does not cover %2").arg(story.title, row.name);
    default:
        return {};
    }
}

QVariant CoverageModel::totalCell(const CategoryCoverage& row, int column, int role) const
{
    const bool thin = m_thin.contains(row.category);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return row.name;
        case Strong:
            return row.strong;
        case Partial:
            return row.partial;
        case Questions:
            return row.questions;
        case Unanswered:
            return row.unanswered;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Strong && thin) {
        if (role == Qt::BackgroundRole)
            return kThin;
        if (role == Qt::ForegroundRole)
            return kInk;
        if (role == Qt::ToolTipRole)
            return tr("Fewer strong stories than an interview may ask for");
    }
    if (role == Qt::ToolTipRole && column == Name)
        return tr("Show the questions of %1").arg(row.name);
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstStory) {
        const StorySummary& story = m_stories.at(section - FirstStory);
        if (role == Qt::DisplayRole) {
            // Short enough for a narrow column; the whole title is in the tooltip.
            constexpr int kShown = 12;
            return story.title.size() <= kShown ? story.title
                                                : story.title.left(kShown - 1) + QChar(0x2026);
        }
        if (role == Qt::ToolTipRole)
            return story.title;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Category");
    case Strong:
        return tr("Strong");
    case Partial:
        return tr("Partial");
    case Questions:
        return tr("Questions");
    case Unanswered:
        return tr("Unanswered");
    default:
        return {};
    }
}

} // namespace sb::gui
