#pragma once

#include "core/model/Question.h"
#include "core/model/QuestionSummary.h"

#include <QList>

#include <optional>

namespace sb {

class Database;

// SQL for questions with their variants and categories. Emits nothing.
class QuestionStore {
public:
    explicit QuestionStore(Database& db) : m_db(db) { }

    QList<Question> all() const;
    QList<QuestionSummary> summaries() const;
    std::optional<Question> find(QuestionId id) const;
    bool exists(QuestionId id) const;
    QList<QuestionId> inCategory(CategoryId category) const;
    int count() const;

    QuestionId insert(const Question& question);
    bool update(const Question& question);
    bool remove(QuestionId id);

private:
    QList<Question> load(const char* sql, int64_t id) const;

    Database& m_db;
};

} // namespace sb
