#pragma once

#include "core/model/StoryQuestionLink.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for story ↔ question links. Emits nothing.
class LinkStore {
public:
    explicit LinkStore(Database& db) : m_db(db) { }

    std::optional<StoryQuestionLink> find(StoryId story, QuestionId question) const;
    QList<StoryQuestionLink> ofStory(StoryId story) const;
    QList<StoryQuestionLink> ofQuestion(QuestionId question) const;
    // Every link in one statement, for whole-bank analysis (coverage).
    QList<StoryQuestionLink> all() const;
    int count() const;

    // Adds the link, or replaces fit and angle when the pair is already linked.
    void upsert(const StoryQuestionLink& link);
    bool remove(StoryId story, QuestionId question);

private:
    Database& m_db;
};

} // namespace sb
