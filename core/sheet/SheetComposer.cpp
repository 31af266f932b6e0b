#include "core/sheet/SheetComposer.h"

#include "core/Bank.h"
#include "core/sheet/SheetInterviewStories.h"
#include "core/sheet/SheetQuestionBlocks.h"
#include "core/sheet/SheetRanking.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

using sheetranking::Fit;

struct Candidate {
    Story story;
    QHash<CategoryId, Fit> fits;
};

void keepBest(QHash<CategoryId, Fit>& fits, CategoryId category, Fit fit)
{
    const auto found = fits.constFind(category);
    if (found == fits.cend() || fit < *found)
        fits.insert(category, fit);
}

// The chosen stories, each with the categories it belongs to (filed under, or linked to one of
// their questions) and how well it fits each.
QList<Candidate> candidates(
    const Bank& bank, const QList<Question>& questions, const SheetRequest& request)
{
    QHash<QuestionId, QList<CategoryId>> categoriesOfQuestion;
    for (const Question& question : questions)
        categoriesOfQuestion.insert(question.id, question.categories);

    QList<Candidate> chosen;
    for (const Story& story : bank.stories()) {
        if (!sheetranking::admits(request, story))
            continue;
        Candidate candidate {story, {}};
        for (const CategoryId category : story.categories)
            keepBest(candidate.fits, category, Fit::Filed);
        for (const StoryQuestionLink& link : bank.linksOfStory(story.id)) {
            const Fit fit = sheetranking::fitOf(link.fit);
            for (const CategoryId category : categoriesOfQuestion.value(link.question))
                keepBest(candidate.fits, category, fit);
        }
        chosen << candidate;
    }
    return chosen;
}

// The categories the sheet covers, in sheet order.
QList<Category> sheetCategories(
    const Bank& bank, const QList<Candidate>& chosen, const SheetRequest& request)
{
    const QList<Category> all = bank.categories();
    QList<Category> result;
    if (!request.categories.isEmpty()) {
        // In the order chosen; an id no longer in the bank (a stale selection) is passed over.
        for (const CategoryId id : request.categories) {
            const auto found = std::find_if(
                all.cbegin(), all.cend(), [id](const Category& c) { return c.id == id; });
            const bool seen = std::any_of(
                result.cbegin(), result.cend(), [id](const Category& c) { return c.id == id; });
            if (found != all.cend() && !seen)
                result << *found;
        }
        return result;
    }
    for (const Category& category : all) {
        if (std::any_of(chosen.cbegin(), chosen.cend(),
                [&category](const Candidate& c) { return c.fits.contains(category.id); }))
            result << category;
    }
    return result;
}

bool ranksBefore(const Candidate& a, const Candidate& b, CategoryId category)
{
    return sheetranking::ranksBefore(
        a.story, a.fits.value(category), b.story, b.fits.value(category));
}

QList<SheetCategory> composeCategories(
    const Bank& bank, const QList<Question>& questions, const SheetRequest& request)
{
    const QList<Candidate> chosen = candidates(bank, questions, request);
    const int perCategory = std::clamp(request.storiesPerCategory,
        SheetComposer::kMinStoriesPerCategory, SheetComposer::kMaxStoriesPerCategory);
    QSet<StoryId> used;
    QList<SheetCategory> result;
    for (const Category& category : sheetCategories(bank, chosen, request)) {
        QList<const Candidate*> fitting;
        for (const Candidate& candidate : chosen) {
            if (candidate.fits.contains(category.id)
                && (request.repeatStories || !used.contains(candidate.story.id)))
                fitting << &candidate;
        }
        std::sort(
            fitting.begin(), fitting.end(), [&category](const Candidate* a, const Candidate* b) {
                return ranksBefore(*a, *b, category.id);
            });
        // A category with no story left is dropped even when the user chose it: a heading with
        // nothing under it wastes the one page, and the selection controls show what was asked.
        if (fitting.isEmpty())
            continue;
        SheetCategory shown {category.id, category.name, category.colour, {}};
        for (const Candidate* candidate :
            fitting.first(std::min<qsizetype>(perCategory, fitting.size()))) {
            shown.stories << sheetranking::shown(candidate->story);
            used.insert(candidate->story.id);
        }
        result << shown;
    }
    // Stories filed under no category still belong on a sheet of everything ready: under a
    // heading of their own, last. A sheet of chosen categories leaves them out.
    if (request.categories.isEmpty()) {
        QList<const Candidate*> loose;
        for (const Candidate& candidate : chosen) {
            if (candidate.fits.isEmpty() && !used.contains(candidate.story.id))
                loose << &candidate;
        }
        std::sort(loose.begin(), loose.end(), [](const Candidate* a, const Candidate* b) {
            return ranksBefore(*a, *b, CategoryId());
        });
        if (!loose.isEmpty()) {
            SheetCategory other {CategoryId(),
                QCoreApplication::translate("sb::SheetComposer", "Other stories"), QString(), {}};
            for (const Candidate* candidate :
                loose.first(std::min<qsizetype>(perCategory, loose.size())))
                other.stories << sheetranking::shown(candidate->story);
            result << other;
        }
    }
    return result;
}

// Company, role and date, without the company when the title already names it.
QString interviewSubtitle(const Interview& interview, const QString& title)
{
    QStringList parts;
    if (interview.company.simplified().compare(title, Qt::CaseInsensitive) != 0)
        parts << interview.company.simplified();
    parts << interview.role.simplified();
    if (interview.scheduled.isValid())
        parts << QLocale().toString(interview.scheduled.toLocalTime().date(), QLocale::LongFormat);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

// The interview's expected questions first, in its order, then the rest in the bank's order:
// prepared answers for the questions of the day come before the others.
QList<Question> expectedFirst(const QList<Question>& questions, const QList<QuestionId>& expected)
{
    QList<Question> ordered;
    for (const QuestionId id : expected) {
        const auto found = std::find_if(questions.cbegin(), questions.cend(),
            [id](const Question& question) { return question.id == id; });
        if (found != questions.cend() && !ordered.contains(*found))
            ordered << *found;
    }
    for (const Question& question : questions) {
        if (!expected.contains(question.id))
            ordered << question;
    }
    return ordered;
}

// The interview's own pitch, its empty parts filled from the bank's default one; else the
// notes of the "Tell me about yourself" question (where the pitch was kept before the pitch
// editor existed).
QString pitchText(const Bank& bank, const std::optional<Interview>& interview,
    const std::optional<Question>& pitchQuestion)
{
    const Pitch standard = bank.defaultPitch();
    const Pitch pitch = interview ? interview->pitch.filledFrom(standard) : standard;
    if (!pitch.isEmpty())
        return pitch.text();
    return pitchQuestion ? pitchQuestion->notes.trimmed() : QString();
}

} // namespace

CheatSheet SheetComposer::compose(const Bank& bank, const SheetRequest& request)
{
    // An interview that is no longer in the bank (a stale selection) is passed over, as stale
    // categories are: the sheet is then the one without an interview.
    const std::optional<Interview> interview =
        request.interview ? bank.interview(*request.interview) : std::nullopt;
    CheatSheet sheet;
    sheet.title = request.title.trimmed();
    if (sheet.title.isEmpty() && interview)
        sheet.title = interview->company.simplified();
    if (sheet.title.isEmpty())
        sheet.title = QFileInfo(bank.path()).completeBaseName();
    sheet.subtitle = request.subtitle.trimmed();
    if (sheet.subtitle.isEmpty() && interview)
        sheet.subtitle = interviewSubtitle(*interview, sheet.title);

    const QList<Question> questions = bank.questions();
    QList<QuestionId> answered = bank.answeredQuestions();
    QList<Question> answerOrder = questions;
    // An interview with nothing expected or planned yet gets the stories of a sheet without
    // one, under its own heading, pitch and questions to ask: a useful page from the start.
    if (interview && !(interview->questions.isEmpty() && interview->plan.isEmpty())) {
        const SheetInterviewStories::Result stories =
            SheetInterviewStories::compose(bank, *interview, questions, request);
        sheet.categories = stories.categories;
        answered += stories.told;
        answerOrder = expectedFirst(questions, interview->questions);
    } else {
        sheet.categories = composeCategories(bank, questions, request);
    }

    // The pitch question never shows as a prepared answer, even with the pitch block off: the
    // user who turns the pitch off does not want it back under another heading.
    const std::optional<Question> pitchQuestion = SheetQuestionBlocks::pitchQuestion(questions);
    if (request.includePitch)
        sheet.pitch = pitchText(bank, interview, pitchQuestion);
    if (request.includePreparedAnswers) {
        sheet.preparedAnswers = SheetQuestionBlocks::preparedAnswers(
            answerOrder, answered, pitchQuestion ? std::optional(pitchQuestion->id) : std::nullopt);
    }
    if (request.includeQuestionsToAsk)
        sheet.questionsToAsk = SheetQuestionBlocks::questionsToAsk(
            questions, interview ? interview->asks : QStringList());
    return sheet;
}

} // namespace sb
