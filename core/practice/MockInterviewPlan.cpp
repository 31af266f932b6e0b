#include "core/practice/MockInterviewPlan.h"

#include "core/Bank.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace sb::practice {

namespace {

bool isAskedOfTheCandidate(const Question& question)
{
    return question.kind != QuestionKind::ToAsk && !question.text.trimmed().isEmpty();
}

bool isFiledUnder(const Question& question, const QList<CategoryId>& categories)
{
    return std::any_of(question.categories.begin(), question.categories.end(),
        [&](CategoryId id) { return categories.contains(id); });
}

QString pickWording(const Question& question, QRandomGenerator& random)
{
    QStringList wordings {question.text};
    for (const QString& variant : question.variants)
        if (!variant.trimmed().isEmpty())
            wordings.append(variant);
    return wordings.at(random.bounded(int(wordings.size())));
}

} // namespace

QList<MockQuestion> planMockInterview(
    const Bank& bank, const MockInterviewRequest& request, QDate today, QRandomGenerator& random)
{
    QSet<int64_t> due;
    if (request.source == MockInterviewRequest::Source::DueToday)
        for (const DueItem& item : bank.duePractice(today))
            if (item.item.isQuestion())
                due.insert(item.item.question.value);
    QSet<QuestionId> expected;
    if (request.source == MockInterviewRequest::Source::Interview)
        if (const std::optional<Interview> interview = bank.interview(request.interview))
            expected = QSet<QuestionId>(interview->questions.begin(), interview->questions.end());

    QList<Question> pool;
    for (const Question& question : bank.questions()) {
        if (!isAskedOfTheCandidate(question))
            continue;
        switch (request.source) {
        case MockInterviewRequest::Source::AllQuestions:
            break;
        case MockInterviewRequest::Source::Categories:
            if (!isFiledUnder(question, request.categories))
                continue;
            break;
        case MockInterviewRequest::Source::DueToday:
            if (!due.contains(question.id.value))
                continue;
            break;
        case MockInterviewRequest::Source::Interview:
            if (!expected.contains(question.id))
                continue;
            break;
        }
        pool.append(question);
    }

    // A partial Fisher–Yates shuffle: the first questionCount places get a uniform draw.
    const qsizetype count = std::min<qsizetype>(std::max(request.questionCount, 0), pool.size());
    QList<MockQuestion> plan;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype pick = i + random.bounded(int(pool.size() - i));
        std::swap(pool[i], pool[pick]);
        plan.append({pool[i].id, pickWording(pool[i], random)});
    }
    return plan;
}

} // namespace sb::practice
