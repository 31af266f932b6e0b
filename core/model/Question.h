#pragma once

#include "core/model/Enums.h"
#include "core/model/Id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// An interview question, with other phrasings of it and, for questions not answered with a
// story, prepared talking points in notes.
struct Question {
    QuestionId id;
    QString text;
    QStringList variants;
    QuestionKind kind = QuestionKind::Behavioral;
    QList<CategoryId> categories; // first is the primary category
    QString notes;
    QString source;
    QDateTime created; // set by the bank
    QDateTime updated; // set by the bank

    friend bool operator==(const Question&, const Question&) = default;
};

} // namespace sb
