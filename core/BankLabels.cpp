#include "core/Bank.h"

#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/db/Transaction.h"

// The Bank's tags, and who is filed under which tag or category. Removing or merging a label
// changes stories and questions too, so those are announced one by one: an editor showing one
// of them must not write back a label that is gone.

namespace sb {

namespace {

using bankwrites::kCategoryExists;
using bankwrites::kNoCategory;
using bankwrites::require;
using bankwrites::requireFreeId;
using bankwrites::requireUniqueName;
using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

const char* const kNoTag = QT_TRANSLATE_NOOP("sb::Bank", "There is no tag with id %1.");
const char* const kTagIdTaken = QT_TRANSLATE_NOOP("sb::Bank", "A tag with id %1 already exists.");
const char* const kCategoryIdTaken =
    QT_TRANSLATE_NOOP("sb::Bank", "A category with id %1 already exists.");
const char* const kTagExists = QT_TRANSLATE_NOOP("sb::Bank", "A tag named “%1” already exists.");
const char* const kMergeIntoItself =
    QT_TRANSLATE_NOOP("sb::Bank", "A tag cannot be merged into itself.");

template<typename IdT> QList<IdT> unitedWith(QList<IdT> list, const QList<IdT>& more)
{
    for (IdT id : more) {
        if (!list.contains(id))
            list.append(id);
    }
    return list;
}

} // namespace

template<typename IdT> void Bank::announceUpdated(Entity entity, const QList<IdT>& ids)
{
    for (IdT id : ids)
        emit changed({entity, Kind::Updated, id.value});
}

// Tags

QList<Tag> Bank::tags() const
{
    return m_stores->tags.all();
}
std::optional<Tag> Bank::tag(TagId id) const
{
    return m_stores->tags.find(id);
}
std::optional<Tag> Bank::tagNamed(const QString& name) const
{
    return m_stores->tags.findByName(name);
}

TagId Bank::addTag(const Tag& tag)
{
    validate::tag(tag);
    Tag added = tag;
    added.id = TagId(); // a new tag always gets a new id
    requireUniqueName(tagNamed(added.name), added, kTagExists);
    return addRow(m_stores->tags, added, Entity::Tag);
}

TagId Bank::restoreTag(const Tag& tag, const QList<StoryId>& stories)
{
    validate::tag(tag);
    requireUniqueName(tagNamed(tag.name), tag, kTagExists);
    requireFreeId(m_stores->tags.find(tag.id).has_value(), kTagIdTaken, tag.id.value);
    const TagId id = addRow(m_stores->tags, tag, Entity::Tag, [&](int64_t) {
        m_stores->membership.setStoriesWithTag(tag.id, stories);
        for (StoryId story : stories)
            m_stores->search.reindexStory(story);
    });
    announceUpdated(Entity::Story, m_stores->stories.withTag(id));
    return id;
}

TagId Bank::ensureTag(const QString& name)
{
    if (const auto existing = tagNamed(name))
        return existing->id;
    return addTag({TagId(), name, QString()});
}

void Bank::updateTag(const Tag& tag)
{
    validate::tag(tag);
    requireUniqueName(tagNamed(tag.name), tag, kTagExists);
    updateRow(m_stores->tags, tag, Entity::Tag, kNoTag, [&] {
        for (StoryId story : m_stores->stories.withTag(tag.id)) // tag names are searchable
            m_stores->search.reindexStory(story);
    });
}

void Bank::removeTag(TagId id)
{
    const QList<StoryId> tagged = m_stores->stories.withTag(id);
    removeRow(m_stores->tags, id, Entity::Tag, kNoTag, [&] {
        for (StoryId story : tagged)
            m_stores->search.reindexStory(story);
    });
    announceUpdated(Entity::Story, tagged);
}

void Bank::mergeTags(TagId from, TagId into)
{
    if (from == into)
        throw BankError(BankError::Code::InvalidValue, bankwrites::tr(kMergeIntoItself));
    QList<StoryId> moved;
    write(Entity::Tag, Kind::Removed, [&] {
        require(m_stores->tags.find(from).has_value(), kNoTag, from.value);
        require(m_stores->tags.find(into).has_value(), kNoTag, into.value);
        moved = m_stores->stories.withTag(from);
        m_stores->membership.setStoriesWithTag(
            into, unitedWith(m_stores->stories.withTag(into), moved));
        require(m_stores->tags.remove(from), kNoTag, from.value);
        for (StoryId story : moved)
            m_stores->search.reindexStory(story);
        return from.value;
    });
    emit changed({Entity::Tag, Kind::Updated, into.value});
    announceUpdated(Entity::Story, moved);
}

void Bank::setStoriesWithTag(TagId tag, const QList<StoryId>& stories)
{
    QList<StoryId> touched;
    write(Entity::Tag, Kind::Updated, [&] {
        require(m_stores->tags.find(tag).has_value(), kNoTag, tag.value);
        const QList<StoryId> before = m_stores->stories.withTag(tag);
        m_stores->membership.setStoriesWithTag(tag, stories);
        const QList<StoryId> after = m_stores->stories.withTag(tag);
        touched.clear();
        for (StoryId story : unitedWith(before, after)) {
            if (before.contains(story) != after.contains(story)) {
                touched.append(story);
                m_stores->search.reindexStory(story);
            }
        }
        return tag.value;
    });
    announceUpdated(Entity::Story, touched);
}

// Categories seen from their members

void Bank::removeCategory(CategoryId id)
{
    const QList<QuestionId> questions = m_stores->questions.inCategory(id);
    const QList<StoryId> stories = m_stores->membership.storiesInCategory(id);
    removeRow(m_stores->categories, id, Entity::Category, kNoCategory);
    announceUpdated(Entity::Question, questions);
    announceUpdated(Entity::Story, stories);
}

CategoryId Bank::restoreCategory(
    const Category& category, const QList<QuestionId>& questions, const QList<StoryId>& stories)
{
    validate::category(category);
    requireUniqueName(categoryNamed(category.name), category, kCategoryExists);
    requireFreeId(
        m_stores->categories.find(category.id).has_value(), kCategoryIdTaken, category.id.value);
    const CategoryId id = addRow(m_stores->categories, category, Entity::Category,
        [&](int64_t) { m_stores->membership.addToCategory(category.id, questions, stories); });
    announceUpdated(Entity::Question, m_stores->questions.inCategory(id));
    announceUpdated(Entity::Story, m_stores->membership.storiesInCategory(id));
    return id;
}

// Membership queries

QList<StoryId> Bank::storiesWithTag(TagId tag) const
{
    return m_stores->stories.withTag(tag);
}
QList<StoryId> Bank::storiesInCategory(CategoryId category) const
{
    return m_stores->membership.storiesInCategory(category);
}
QList<QuestionId> Bank::answeredQuestions() const
{
    return m_stores->membership.answeredQuestions();
}
QHash<TagId, int> Bank::storyCountByTag() const
{
    return m_stores->membership.storyCountByTag();
}
QHash<CategoryId, int> Bank::storyCountByCategory() const
{
    return m_stores->membership.storyCountByCategory();
}
QHash<CategoryId, int> Bank::questionCountByCategory() const
{
    return m_stores->membership.questionCountByCategory();
}

} // namespace sb
