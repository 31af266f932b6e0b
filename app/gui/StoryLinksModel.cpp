#include "app/gui/StoryLinksModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/undo/LinkCommand.h"

namespace sb::gui {

StoryLinksModel::StoryLinksModel(BankDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&m_document.bank(), &Bank::changed, this, &StoryLinksModel::onBankChanged);
}

void StoryLinksModel::setStory(StoryId story)
{
    m_story = story;
    reload();
}

void StoryLinksModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_story.isValid()) {
        for (const StoryQuestionLink& link : m_document.bank().linksOfStory(m_story)) {
            const auto question = m_document.bank().question(link.question);
            m_rows.append({link, question ? question->text : QString()});
        }
    }
    endResetModel();
}

int StoryLinksModel::rowOf(QuestionId question) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].link.question == question)
            return row;
    }
    return -1;
}

void StoryLinksModel::onBankChanged(const BankChange& change)
{
    if (change.entity == BankChange::Entity::Question && change.kind != BankChange::Kind::Added) {
        if (rowOf(QuestionId(change.id)) >= 0)
            reload(); // a linked question was reworded or deleted
        return;
    }
    if (change.entity == BankChange::Entity::Story && change.id == m_story.value
        && change.kind != BankChange::Kind::Updated) {
        reload(); // removed, or restored with its links
        return;
    }
    if (change.entity != BankChange::Entity::Link || change.id != m_story.value)
        return;
    const QuestionId question(change.otherId);
    const int row = rowOf(question);
    const auto link = m_document.bank().linkBetween(m_story, question);
    if (!link) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    } else if (row >= 0) {
        m_rows[row].link = *link;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const auto text = m_document.bank().question(question);
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append({*link, text ? text->text : QString()});
        endInsertRows();
    }
}

QuestionId StoryLinksModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].link.question : QuestionId();
}

int StoryLinksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoryLinksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryLinksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == QuestionIdRole)
        return QVariant::fromValue(row.link.question.value);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case QuestionColumn:
        return row.question;
    case FitColumn:
        if (role == Qt::EditRole)
            return toKey(row.link.fit);
        return row.link.fit == LinkFit::Strong ? tr("Strong") : tr("Partial");
    case AngleColumn:
        return row.link.angle;
    default:
        return {};
    }
}

QVariant StoryLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case FitColumn:
        return tr("Fit");
    case AngleColumn:
        return tr("Angle for this question");
    default:
        return {};
    }
}

Qt::ItemFlags StoryLinksModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != QuestionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StoryLinksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == QuestionColumn)
        return false;
    StoryQuestionLink link = m_rows.at(index.row()).link;
    if (index.column() == FitColumn) {
        const auto fit = linkFitFromKey(value.toString());
        if (!fit)
            return false;
        link.fit = *fit;
    } else {
        link.angle = value.toString();
    }
    if (link == m_rows.at(index.row()).link)
        return true;
    m_document.push(
        new LinkCommand(m_document, link.story, link.question, link, tr("Change link")));
    return true;
}

} // namespace sb::gui
