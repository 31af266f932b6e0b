#include "app/gui/NavigatorModel.h"

#include "app/gui/BankDocument.h"

#include <algorithm>

// The navigator's tree follows the bank one change at a time, so the expanded groups and the
// selection stay where the user left them.

namespace sb::gui {

namespace {

constexpr int kSectionCount = 6;

} // namespace

// Keeping the tree in step with the bank

void NavigatorModel::loadQuestions()
{
    if (m_questionsLoaded)
        return;
    Bank& bank = m_document.bank();
    QList<Group> groups;
    for (const Category& category : bank.categories())
        groups.append({category.id, category.name, category.colour, {}});
    const auto groupOf = [&groups](CategoryId category) {
        return std::find_if(groups.begin(), groups.end(),
            [category](const Group& group) { return group.category == category; });
    };
    Group loose {CategoryId(), tr("No category"), QString(), {}};
    for (const QuestionSummary& question : bank.questionSummaries()) {
        const QuestionRow row {question.id, question.text};
        bool filed = false;
        for (CategoryId category : question.categories) {
            if (const auto group = groupOf(category); group != groups.end()) {
                group->questions.append(row);
                filed = true;
            }
        }
        if (!filed)
            loose.questions.append(row);
    }
    if (!loose.questions.isEmpty())
        groups.append(loose);
    const QList<QuestionId> answered = bank.answeredQuestions();
    m_answered = QSet<QuestionId>(answered.cbegin(), answered.cend());
    m_questionsLoaded = true; // before the insertion, so the views' calls do not load again
    if (groups.isEmpty())
        return;
    beginInsertRows(sectionIndex(Section::Questions), 0, int(groups.size()) - 1);
    m_groups = std::move(groups);
    endInsertRows();
}

int NavigatorModel::groupRow(CategoryId category) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].category == category)
            return row;
    }
    return -1;
}

int NavigatorModel::orderOf(CategoryId category) const
{
    // Groups follow the bank's category order; "No category" stays last.
    const QList<Category> order = m_document.bank().categories();
    int row = 0;
    for (const Category& other : order) {
        if (other.id == category)
            break;
        if (groupRow(other.id) >= 0)
            ++row;
    }
    return row;
}

void NavigatorModel::insertGroup(int row, const Group& group)
{
    beginInsertRows(sectionIndex(Section::Questions), row, row);
    m_groups.insert(row, group);
    endInsertRows();
}

void NavigatorModel::removeGroup(int row)
{
    beginRemoveRows(sectionIndex(Section::Questions), row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

void NavigatorModel::sectionCountsChanged()
{
    m_stats = m_document.bank().stats(); // read once here, not on every paint
    emit dataChanged(index(0, 0), index(kSectionCount - 1, 0), {Qt::DisplayRole});
}

void NavigatorModel::onQuestionChanged(QuestionId id)
{
    const auto question = m_document.bank().question(id);
    QList<CategoryId> wanted;
    if (question) {
        for (CategoryId category : question->categories) {
            if (groupRow(category) >= 0)
                wanted.append(category);
        }
        if (wanted.isEmpty())
            wanted.append(CategoryId()); // the "No category" group
    }
    if (wanted.contains(CategoryId()) && groupRow(CategoryId()) < 0)
        insertGroup(int(m_groups.size()), {CategoryId(), tr("No category"), QString(), {}});

    for (int groupAt = 0; groupAt < m_groups.size(); ++groupAt) {
        QList<QuestionRow>& rows = m_groups[groupAt].questions;
        const QModelIndex parent = index(groupAt, 0, sectionIndex(Section::Questions));
        int at = -1;
        for (int row = 0; row < rows.size(); ++row) {
            if (rows[row].id == id)
                at = row;
        }
        const bool belongs = wanted.contains(m_groups[groupAt].category);
        if (at >= 0 && !belongs) {
            beginRemoveRows(parent, at, at);
            rows.removeAt(at);
            endRemoveRows();
        } else if (at >= 0) {
            rows[at].text = question->text;
            emit dataChanged(index(at, 0, parent), index(at, 0, parent));
        } else if (belongs) {
            int place = 0; // in id order, as the bank lists questions
            while (place < rows.size() && rows[place].id < id)
                ++place;
            beginInsertRows(parent, place, place);
            rows.insert(place, {id, question->text});
            endInsertRows();
        }
        if (at >= 0 || belongs)
            emit dataChanged(parent, parent); // its count
    }
    const int loose = groupRow(CategoryId());
    if (loose >= 0 && m_groups[loose].questions.isEmpty())
        removeGroup(loose);
}

void NavigatorModel::onCategoryChanged(const BankChange& change)
{
    const CategoryId id(change.id);
    const int row = groupRow(id);
    if (change.kind == BankChange::Kind::Removed) {
        // Its questions are announced next, and move to their other groups then.
        if (row >= 0)
            removeGroup(row);
        return;
    }
    const auto category = m_document.bank().category(id);
    if (!category)
        return;
    if (row >= 0) {
        m_groups[row].name = category->name;
        m_groups[row].colour = category->colour;
        const QModelIndex at = categoryIndex(id);
        emit dataChanged(at, at);
    } else {
        insertGroup(orderOf(id), {id, category->name, category->colour, {}});
    }
}

void NavigatorModel::onLinkChanged(QuestionId question)
{
    const bool answered = !m_document.bank().linksOfQuestion(question).isEmpty();
    if (answered == m_answered.contains(question))
        return;
    if (answered)
        m_answered.insert(question);
    else
        m_answered.remove(question);
    for (const Group& group : std::as_const(m_groups)) {
        const QModelIndex at = questionIndex(group.category, question);
        if (at.isValid())
            emit dataChanged(at, at, {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

void NavigatorModel::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    followPractice(change);
    followJournal(change);
    if (change.entity == Entity::Practice)
        return; // no section counts it
    if (change.entity == Entity::Interview) {
        onInterviewChanged(change); // read whether or not the questions are
        return;
    }
    // Unread questions need no following: they are read as they are when first shown.
    if (!m_questionsLoaded) {
        if (change.entity == Entity::Link || change.kind == BankChange::Kind::Updated)
            return;
        const QModelIndex questions = sectionIndex(Section::Questions);
        const bool hadChildren = hasChildren(questions);
        sectionCountsChanged();
        // A view lays out the expand arrow once; the first group must arrive as a row.
        if (!hadChildren && hasChildren(questions))
            loadQuestions();
        return;
    }
    switch (change.entity) {
    case Entity::Question:
        onQuestionChanged(QuestionId(change.id));
        break;
    case Entity::Category:
        onCategoryChanged(change);
        break;
    case Entity::Link:
        onLinkChanged(QuestionId(change.otherId));
        return; // counts of sections do not change
    case Entity::Story:
    case Entity::Tag:
        break;
    default:
        return;
    }
    if (change.kind != BankChange::Kind::Updated)
        sectionCountsChanged();
}

} // namespace sb::gui
