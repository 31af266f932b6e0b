#pragma once

#include "core/model/Question.h"
#include "core/sheet/CheatSheet.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sb {

// The cheat sheet's blocks made from questions rather than stories: the "Tell me about
// yourself" pitch, prepared answers and questions to ask the interviewer. Works on the bank's
// questions in the bank's order.
class SheetQuestionBlocks {
public:
    static constexpr int kMaxPreparedAnswers = 6;
    static constexpr int kMaxQuestionsToAsk = 5;

    // The about-you question whose prepared notes are the pitch: the first one with notes whose
    // text mentions "yourself" or "about you", else the first one with notes at all.
    static std::optional<Question> pitchQuestion(const QList<Question>& questions);

    // Questions with notes that no story answers (answered lists those that one does), in the
    // given order, without the pitch question and the questions to ask; at most
    // kMaxPreparedAnswers.
    static QList<SheetAnswer> preparedAnswers(const QList<Question>& questions,
        const QList<QuestionId>& answered, std::optional<QuestionId> pitch);

    // The text of the questions to ask: those the user prepared notes for first, then the rest,
    // each group in the given order; at most kMaxQuestionsToAsk.
    static QStringList questionsToAsk(const QList<Question>& questions);
    // The same after the questions an interview prepared (own, in their order, all of them):
    // the bank's fill the list up to kMaxQuestionsToAsk, leaving out those already there.
    static QStringList questionsToAsk(const QList<Question>& questions, const QStringList& own);
};

} // namespace sb
