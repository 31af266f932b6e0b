#include "app/gui/QuestionListModel.h"

#include "core/Bank.h"

namespace sb::gui {

namespace {

constexpr int kSearchLimit = 100000;

} // namespace

QuestionListModel::QuestionListModel(Bank& bank, QObject* parent)
    : QAbstractListModel(parent), m_bank(bank)
{
    connect(&m_bank, &Bank::changed, this, &QuestionListModel::onBankChanged);
    rebuild();
}

int QuestionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuestionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Filtered to one category, naming it on every row says nothing.
        return row.category.isEmpty() || m_category.isValid()
            ? row.text
            : tr("%1  (%2)").arg(row.text, row.category);
    case Qt::ToolTipRole:
        return row.text;
    case QuestionIdRole:
        return QVariant::fromValue(row.id.value);
    case CategoryRole:
        return row.category;
    default:
        return {};
    }
}

void QuestionListModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    rebuild();
}

void QuestionListModel::setCategoryFilter(CategoryId category)
{
    if (category == m_category)
        return;
    m_category = category;
    rebuild();
}

void QuestionListModel::setUnansweredOnly(bool only)
{
    if (only == m_unansweredOnly)
        return;
    m_unansweredOnly = only;
    rebuild();
}

QModelIndex QuestionListModel::indexOf(QuestionId id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

QuestionId QuestionListModel::questionAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows[index.row()].id : QuestionId();
}

QuestionListModel::Row QuestionListModel::rowFrom(const Question& question) const
{
    QString category;
    if (!question.categories.isEmpty()) {
        if (const auto primary = m_bank.category(question.categories.first()))
            category = primary->name;
    }
    return {question.id, question.text, category};
}

bool QuestionListModel::accepts(const Question& question) const
{
    if (m_category.isValid() && !question.categories.contains(m_category))
        return false;
    return !m_unansweredOnly || !m_answered.contains(question.id);
}

int QuestionListModel::rowOf(QuestionId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

void QuestionListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_answered.clear();
    if (m_unansweredOnly) {
        const QList<QuestionId> answered = m_bank.answeredQuestions();
        m_answered = QSet<QuestionId>(answered.cbegin(), answered.cend());
    }
    const QList<Question> questions = m_bank.questions();
    if (m_searchText.trimmed().isEmpty()) {
        for (const Question& question : questions) {
            if (accepts(question))
                m_rows.append(rowFrom(question));
        }
    } else {
        QHash<int64_t, const Question*> byId;
        for (const Question& question : questions)
            byId.insert(question.id.value, &question);
        for (const SearchHit& hit : m_bank.search(m_searchText, kSearchLimit)) {
            const Question* question = byId.value(hit.id);
            if (hit.kind == SearchHit::Kind::Question && question && accepts(*question))
                m_rows.append(rowFrom(*question));
        }
    }
    endResetModel();
}

void QuestionListModel::renameCategories()
{
    if (m_rows.isEmpty())
        return;
    for (Row& row : m_rows) {
        if (const auto question = m_bank.question(row.id))
            row.category = rowFrom(*question).category;
    }
    emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, CategoryRole});
}

void QuestionListModel::onBankChanged(const BankChange& change)
{
    if (change.entity == BankChange::Entity::Category && change.kind == BankChange::Kind::Updated) {
        renameCategories(); // the primary category's name is part of each row
        return;
    }
    if (change.entity != BankChange::Entity::Question)
        return;
    const QuestionId id(change.id);
    const int row = rowOf(id);
    const auto question = m_bank.question(id);
    if (!question) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    } else if (row >= 0) {
        m_rows[row] = rowFrom(*question);
        emit dataChanged(index(row), index(row));
    } else if (!m_category.isValid() || question->categories.contains(m_category)) {
        // A new question shows even when searching, so the user sees what they made; an edited
        // one joins when it now belongs (filed under the shown category) and no search is on.
        if (change.kind == BankChange::Kind::Updated && !m_searchText.trimmed().isEmpty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(rowFrom(*question));
        endInsertRows();
    }
}

} // namespace sb::gui
