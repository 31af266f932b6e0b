#include "app/gui/NavigatorModel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/ColourSwatch.h"
#include "app/gui/Icons.h"
#include "app/gui/StoryListModel.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/LinkCommand.h"

#include <QIcon>
#include <QMimeData>

namespace sb::gui {

namespace {

// What a node's internal id says about it: sections and groups by their level; a question by
// the category of its group, which stays the same while groups come and go around it.
constexpr quintptr kSectionNode = 0;
constexpr quintptr kGroupNode = 1;
constexpr quintptr kQuestionNodeBase = 2;
// An interview under Interviews: far above any category's question nodes.
constexpr quintptr kInterviewNode = ~quintptr(0);
// Journal ▸ Story material, just below.
constexpr quintptr kStoryMaterialNode = ~quintptr(0) - 1;

constexpr int kSectionCount = 6;

} // namespace

NavigatorModel::NavigatorModel(BankDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(&document.bank(), &Bank::changed, this, &NavigatorModel::onBankChanged);
    m_stats = document.bank().stats();
    startCountingDue();
    loadInterviews();
    countStoryMaterial();
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionNode);
    if (parent.internalId() == kSectionNode && parent.row() == int(Section::Interviews))
        return createIndex(row, column, kInterviewNode);
    if (parent.internalId() == kSectionNode && parent.row() == int(Section::Journal))
        return createIndex(row, column, kStoryMaterialNode);
    if (parent.internalId() == kSectionNode)
        return createIndex(row, column, kGroupNode);
    if (parent.internalId() == kGroupNode) {
        const Group& group = m_groups.at(parent.row());
        return createIndex(row, column, kQuestionNodeBase + quintptr(group.category.value));
    }
    return {};
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionNode)
        return {};
    if (child.internalId() == kInterviewNode)
        return createIndex(int(Section::Interviews), 0, kSectionNode);
    if (child.internalId() == kStoryMaterialNode)
        return createIndex(int(Section::Journal), 0, kSectionNode);
    if (child.internalId() == kGroupNode)
        return createIndex(int(Section::Questions), 0, kSectionNode);
    const int row = groupRow(CategoryId(int64_t(child.internalId() - kQuestionNodeBase)));
    return row < 0 ? QModelIndex() : createIndex(row, 0, kGroupNode);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kSectionCount + 1; // the sections, then practice
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kSectionNode && parent.row() == int(Section::Interviews))
        return int(m_interviews.size());
    if (parent.internalId() == kSectionNode && parent.row() == int(Section::Journal))
        return 1; // its story material
    if (parent.internalId() == kSectionNode)
        return parent.row() == int(Section::Questions) ? int(m_groups.size()) : 0;
    if (parent.internalId() == kGroupNode)
        return int(m_groups.at(parent.row()).questions.size());
    return 0;
}

int NavigatorModel::columnCount(const QModelIndex&) const
{
    return 1;
}

NavigatorModel::Node NavigatorModel::nodeAt(const QModelIndex& index) const
{
    Node node;
    if (!index.isValid() || index.model() != this)
        return node;
    if (index.internalId() == kSectionNode && index.row() == kSectionCount) {
        node.kind = NodeKind::Practice;
        return node;
    }
    if (index.internalId() == kSectionNode) {
        node.kind = NodeKind::Section;
        node.section = Section(index.row());
        return node;
    }
    if (index.internalId() == kInterviewNode) {
        node.kind = NodeKind::Interview;
        node.section = Section::Interviews;
        node.interview = m_interviews.at(index.row()).id;
        return node;
    }
    if (index.internalId() == kStoryMaterialNode) {
        node.kind = NodeKind::StoryMaterial;
        node.section = Section::Journal;
        return node;
    }
    node.section = Section::Questions;
    if (index.internalId() == kGroupNode) {
        node.kind = NodeKind::Category;
        node.category = m_groups.at(index.row()).category;
        return node;
    }
    const Group& group = m_groups.at(index.parent().row());
    node.kind = NodeKind::Question;
    node.category = group.category;
    node.question = group.questions.at(index.row()).id;
    return node;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node node = nodeAt(index);
    if (node.kind == NodeKind::Practice)
        return practiceData(role);
    if (node.kind == NodeKind::Interview)
        return interviewData(index.row(), role);
    if (node.kind == NodeKind::StoryMaterial)
        return storyMaterialData(role);
    if (node.kind == NodeKind::Section) {
        const BankStats& stats = m_stats;
        switch (role) {
        case Qt::DisplayRole:
            switch (node.section) {
            case Section::Stories:
                return tr("Stories (%1)").arg(stats.stories);
            case Section::Questions:
                return tr("Questions (%1)").arg(stats.questions);
            case Section::Categories:
                return tr("Categories (%1)").arg(stats.categories);
            case Section::Tags:
                return tr("Tags (%1)").arg(stats.tags);
            case Section::Interviews:
                return tr("Interviews (%1)").arg(stats.interviews);
            case Section::Journal:
                return tr("Journal (%1)").arg(stats.journalEntries);
            }
            return {};
        case Qt::DecorationRole: {
            static const char* const icons[] = {
                "document-new", "edit-find", "folder", "tag", "x-office-calendar", "document-open"};
            return themedIcon(QLatin1String(icons[int(node.section)]));
        }
        default:
            return {};
        }
    }
    if (node.kind == NodeKind::Category) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(group.name).arg(group.questions.size());
        case Qt::DecorationRole:
            return colourSwatch(QColor(group.colour));
        case Qt::ToolTipRole:
            return tr("Drop a story here to file it under “%1”").arg(group.name);
        default:
            return {};
        }
    }
    const QuestionRow& question = m_groups.at(index.parent().row()).questions.at(index.row());
    const bool answered = m_answered.contains(question.id);
    switch (role) {
    case Qt::DisplayRole:
        return question.text.simplified();
    case Qt::ToolTipRole:
        return QString(question.text + QStringLiteral("\n\n")
            + (answered ? tr("A story answers it. Drop another story here to link it too.")
                        : tr("No story yet. Drop a story here to link it.")));
    case Qt::DecorationRole:
        // A filled dot for answered, a ring for "no story yet": coverage at a glance.
        return colourSwatch(answered ? QColor(0x57, 0xab, 0x5a) : QColor());
    default:
        return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    const NodeKind kind = nodeAt(index).kind;
    if ((kind == NodeKind::Category && nodeAt(index).category.isValid())
        || kind == NodeKind::Question)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool NavigatorModel::hasChildren(const QModelIndex& parent) const
{
    if (!m_questionsLoaded && parent.isValid() && parent.internalId() == kSectionNode
        && parent.row() == int(Section::Questions))
        return m_stats.categories > 0 || m_stats.questions > 0; // the groups it will show
    return QAbstractItemModel::hasChildren(parent);
}

bool NavigatorModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_questionsLoaded && parent == sectionIndex(Section::Questions);
}

void NavigatorModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        loadQuestions();
}

QStringList NavigatorModel::mimeTypes() const
{
    return {QLatin1String(StoryListModel::kMimeType)};
}

Qt::DropActions NavigatorModel::supportedDropActions() const
{
    return Qt::LinkAction | Qt::CopyAction | Qt::MoveAction;
}

bool NavigatorModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent) const
{
    // Only onto a node, never between nodes: the tree's order is the bank's, not the user's.
    const Node target = nodeAt(parent);
    return row < 0 && StoryListModel::storyIn(data).isValid()
        && (target.kind == NodeKind::Question
            || (target.kind == NodeKind::Category && target.category.isValid()));
}

bool NavigatorModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const StoryId storyId = StoryListModel::storyIn(data);
    const Node target = nodeAt(parent);
    emit aboutToWrite();
    Bank& bank = m_document.bank();
    const auto story = bank.story(storyId);
    if (!story)
        return false;
    if (target.kind == NodeKind::Question) {
        if (bank.linkBetween(storyId, target.question))
            return true; // already linked: keep its fit and angle
        m_document.push(new LinkCommand(m_document, storyId, target.question,
            StoryQuestionLink {storyId, target.question, LinkFit::Strong, QString()},
            tr("Link “%1” to a question").arg(story->title)));
        return true;
    }
    if (story->categories.contains(target.category))
        return true;
    Story after = *story;
    after.categories.append(target.category);
    const auto category = bank.category(target.category);
    m_document.push(new EditStoryCommand(m_document, *story, after,
        tr("File “%1” under “%2”").arg(story->title, category ? category->name : QString())));
    return true;
}

QModelIndex NavigatorModel::sectionIndex(Section section) const
{
    return index(int(section), 0);
}

QModelIndex NavigatorModel::practiceIndex() const
{
    return index(kSectionCount, 0);
}

QModelIndex NavigatorModel::categoryIndex(CategoryId category)
{
    loadQuestions();
    const int row = groupRow(category);
    return row < 0 ? QModelIndex() : index(row, 0, sectionIndex(Section::Questions));
}

QModelIndex NavigatorModel::questionIndex(CategoryId group, QuestionId question)
{
    loadQuestions();
    const int row = groupRow(group);
    if (row < 0)
        return {};
    const QList<QuestionRow>& questions = m_groups.at(row).questions;
    for (int at = 0; at < questions.size(); ++at) {
        if (questions[at].id == question)
            return index(at, 0, categoryIndex(group));
    }
    return {};
}

} // namespace sb::gui
