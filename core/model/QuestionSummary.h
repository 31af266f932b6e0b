#pragma once

#include "core/model/Enums.h"
#include "core/model/Id.h"

#include <QList>
#include <QString>

namespace sb {

// What lists of questions show of each: cheap to read for tens of thousands of them (no
// variants, notes or dates).
struct QuestionSummary {
    QuestionId id;
    QString text;
    QuestionKind kind = QuestionKind::Behavioral;
    QList<CategoryId> categories; // first is the primary category

    friend bool operator==(const QuestionSummary&, const QuestionSummary&) = default;
};

} // namespace sb
