#include "app/gui/LinkTableModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/undo/LinkCommand.h"

namespace sb::gui {

LinkTableModel::LinkTableModel(BankDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

QString LinkTableModel::fitName(LinkFit fit)
{
    return fit == LinkFit::Strong ? tr("Strong") : tr("Partial");
}

StoryQuestionLink LinkTableModel::linkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].link : StoryQuestionLink {};
}

void LinkTableModel::resetRows(const QList<StoryQuestionLink>& links)
{
    beginResetModel();
    m_rows.clear();
    for (const StoryQuestionLink& link : links)
        m_rows.append({link, titleOf(link)});
    endResetModel();
}

int LinkTableModel::rowOf(StoryId story, QuestionId question) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const StoryQuestionLink& link = m_rows[row].link;
        if ((!story.isValid() || link.story == story)
            && (!question.isValid() || link.question == question))
            return row;
    }
    return -1;
}

void LinkTableModel::syncLink(StoryId story, QuestionId question)
{
    const int row = rowOf(story, question);
    const auto link = m_document.bank().linkBetween(story, question);
    if (!link) {
        removeRowAt(row);
    } else if (row >= 0) {
        m_rows[row].link = *link;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append({*link, titleOf(*link)});
        endInsertRows();
    }
}

void LinkTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void LinkTableModel::refreshTitle(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QString title = titleOf(m_rows[row].link);
    if (title == m_rows[row].title)
        return; // an edit to another field of the story or question
    m_rows[row].title = title;
    emit dataChanged(index(row, TitleColumn), index(row, TitleColumn));
}

int LinkTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case StoryIdRole:
        return QVariant::fromValue(row.link.story.value);
    case QuestionIdRole:
        return QVariant::fromValue(row.link.question.value);
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::ToolTipRole && !titleToolTip().isEmpty())
            return tr("%1\n%2").arg(row.title, titleToolTip());
        return row.title;
    case FitColumn:
        return role == Qt::EditRole ? toKey(row.link.fit) : fitName(row.link.fit);
    case AngleColumn:
        return row.link.angle;
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return titleHeader();
    case FitColumn:
        return tr("Fit");
    case AngleColumn:
        return tr("Angle for this question");
    default:
        return {};
    }
}

Qt::ItemFlags LinkTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != TitleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LinkTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == TitleColumn)
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
    // The row itself is updated by the bank's change notification once the write is done.
    return m_document.push(
        new LinkCommand(m_document, link.story, link.question, link, tr("Change link")));
}

} // namespace sb::gui
