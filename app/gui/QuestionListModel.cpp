#include "app/gui/QuestionListModel.h"

#include "core/Bank.h"

namespace sb::gui {

QuestionListModel::QuestionListModel(Bank& bank, QObject* parent)
    : QAbstractListModel(parent), m_bank(bank)
{
    connect(&m_bank, &Bank::changed, this, &QuestionListModel::onBankChanged);
}

bool QuestionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loaded;
}

void QuestionListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        ensureLoaded();
}

void QuestionListModel::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QList<Row> rows = matchingRows();
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = std::move(rows);
    endInsertRows();
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

QModelIndex QuestionListModel::indexOf(QuestionId id)
{
    ensureLoaded();
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

QuestionId QuestionListModel::questionAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows[index.row()].id : QuestionId();
}

QuestionListModel::Row QuestionListModel::rowFrom(const QuestionSummary& question) const
{
    const CategoryId primary =
        question.categories.isEmpty() ? CategoryId() : question.categories.first();
    return {question.id, question.text, primary, m_categoryNames.value(primary)};
}

QuestionSummary QuestionListModel::summaryOf(const Question& question)
{
    return {question.id, question.text, question.kind, question.categories};
}

void QuestionListModel::readCategoryNames()
{
    m_categoryNames.clear();
    for (const Category& category : m_bank.categories())
        m_categoryNames.insert(category.id, category.name);
}

bool QuestionListModel::accepts(const QuestionSummary& question) const
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
    if (!m_loaded)
        return;
    beginResetModel();
    m_rows = matchingRows();
    endResetModel();
}

QList<QuestionListModel::Row> QuestionListModel::matchingRows()
{
    QList<Row> rows;
    m_answered.clear();
    if (m_unansweredOnly) {
        const QList<QuestionId> answered = m_bank.answeredQuestions();
        m_answered = QSet<QuestionId>(answered.cbegin(), answered.cend());
    }
    readCategoryNames();
    const QList<QuestionSummary> questions = m_bank.questionSummaries();
    if (m_searchText.trimmed().isEmpty()) {
        for (const QuestionSummary& question : questions) {
            if (accepts(question))
                rows.append(rowFrom(question));
        }
    } else {
        // As the story list: questions whose own text has every word first, then those
        // matching in a variant or the notes, each group in the list's order.
        const QList<QuestionId> anywhere = m_bank.searchQuestions(m_searchText);
        const QList<QuestionId> inText =
            m_bank.searchQuestions(m_searchText, SearchScope::Headline);
        const QSet<QuestionId> matches(anywhere.cbegin(), anywhere.cend());
        const QSet<QuestionId> first(inText.cbegin(), inText.cend());
        for (bool headline : {true, false}) {
            for (const QuestionSummary& question : questions) {
                if (matches.contains(question.id) && first.contains(question.id) == headline
                    && accepts(question))
                    rows.append(rowFrom(question));
            }
        }
    }
    return rows;
}

void QuestionListModel::renameCategories()
{
    if (m_rows.isEmpty())
        return;
    readCategoryNames();
    for (Row& row : m_rows)
        row.category = m_categoryNames.value(row.primary);
    emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, CategoryRole});
}

void QuestionListModel::onBankChanged(const BankChange& change)
{
    if (!m_loaded)
        return; // read as they are once loaded
    if (change.entity == BankChange::Entity::Category) {
        // The names follow the categories' own changes, not every question's: an import
        // announces thousands of questions.
        if (change.kind == BankChange::Kind::Updated)
            renameCategories(); // the primary category's name is part of each row
        else
            readCategoryNames();
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
        m_rows[row] = rowFrom(summaryOf(*question));
        emit dataChanged(index(row), index(row));
    } else if (!m_category.isValid() || question->categories.contains(m_category)) {
        // A new question shows even when searching, so the user sees what they made; an edited
        // one joins when it now belongs (filed under the shown category) and no search is on.
        if (change.kind == BankChange::Kind::Updated && !m_searchText.trimmed().isEmpty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(rowFrom(summaryOf(*question)));
        endInsertRows();
    }
}

} // namespace sb::gui
