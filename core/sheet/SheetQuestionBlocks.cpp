#include "core/sheet/SheetQuestionBlocks.h"

#include <QSet>

#include <algorithm>

namespace sb {

namespace {

bool hasNotes(const Question& question)
{
    return !question.notes.trimmed().isEmpty();
}

bool asksAboutYourself(const Question& question)
{
    return question.text.contains(QStringLiteral("yourself"), Qt::CaseInsensitive)
        || question.text.contains(QStringLiteral("about you"), Qt::CaseInsensitive);
}

// The questions to ask, those the user prepared notes for first, each group in the given order.
QStringList allToAsk(const QList<Question>& questions)
{
    QStringList prepared;
    QStringList others;
    for (const Question& question : questions) {
        if (question.kind != QuestionKind::ToAsk || question.text.trimmed().isEmpty())
            continue;
        (hasNotes(question) ? prepared : others) << question.text.simplified();
    }
    return prepared + others;
}

} // namespace

std::optional<Question> SheetQuestionBlocks::pitchQuestion(const QList<Question>& questions)
{
    std::optional<Question> firstWithNotes;
    for (const Question& question : questions) {
        if (question.kind != QuestionKind::AboutYou || !hasNotes(question))
            continue;
        if (asksAboutYourself(question))
            return question;
        if (!firstWithNotes)
            firstWithNotes = question;
    }
    return firstWithNotes;
}

QList<SheetAnswer> SheetQuestionBlocks::preparedAnswers(const QList<Question>& questions,
    const QList<QuestionId>& answered, std::optional<QuestionId> pitch)
{
    const QSet<QuestionId> answeredSet(answered.cbegin(), answered.cend());
    QList<SheetAnswer> answers;
    for (const Question& question : questions) {
        if (answers.size() == kMaxPreparedAnswers)
            break;
        if (!hasNotes(question) || question.kind == QuestionKind::ToAsk
            || answeredSet.contains(question.id) || question.id == pitch)
            continue;
        answers << SheetAnswer {question.text.simplified(), question.notes.trimmed()};
    }
    return answers;
}

QStringList SheetQuestionBlocks::questionsToAsk(const QList<Question>& questions)
{
    return allToAsk(questions).mid(0, kMaxQuestionsToAsk);
}

QStringList SheetQuestionBlocks::questionsToAsk(
    const QList<Question>& questions, const QStringList& own)
{
    QStringList asks;
    const auto listed = [&asks](const QString& text) {
        return std::any_of(asks.cbegin(), asks.cend(),
            [&text](const QString& ask) { return ask.compare(text, Qt::CaseInsensitive) == 0; });
    };
    for (const QString& ask : own) {
        if (!ask.simplified().isEmpty() && !listed(ask.simplified()))
            asks << ask.simplified();
    }
    for (const QString& ask : allToAsk(questions)) {
        if (asks.size() >= kMaxQuestionsToAsk)
            break;
        if (!listed(ask))
            asks << ask;
    }
    return asks;
}

} // namespace sb
