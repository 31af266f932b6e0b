#pragma once

#include "core/model/Id.h"

#include <QHash>
#include <QList>

namespace sb {

class Database;

// SQL for who belongs to which tag or category, seen from the tag or category: the story and
// question stores see the same rows from the other side. Emits nothing.
class MembershipStore {
public:
    explicit MembershipStore(Database& db) : m_db(db) { }

    QList<StoryId> storiesInCategory(CategoryId category) const;
    // Questions at least one story answers.
    QList<QuestionId> answeredQuestions() const;

    // How many stories carry each tag / are filed under each category, and how many questions
    // each category holds; absent keys are zero.
    QHash<TagId, int> storyCountByTag() const;
    QHash<CategoryId, int> storyCountByCategory() const;
    QHash<CategoryId, int> questionCountByCategory() const;

    // Makes exactly these stories carry the tag; a story gaining it gets it last in its list.
    // Stories that no longer exist are skipped, as are questions below.
    void setStoriesWithTag(TagId tag, const QList<StoryId>& stories);
    // Files these stories and questions under the category (again), last in their lists.
    void addToCategory(
        CategoryId category, const QList<QuestionId>& questions, const QList<StoryId>& stories);

private:
    Database& m_db;
};

} // namespace sb
