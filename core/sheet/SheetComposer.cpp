#include "core/sheet/SheetComposer.h"

#include "core/Bank.h"
#include "core/sheet/CueDeriver.h"
#include "core/sheet/KeyFigure.h"
#include "core/sheet/SheetQuestionBlocks.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

// How well a story fits a category, best first: a story told for one of the category's
// questions beats one merely filed under it.
enum class CategoryFit { StrongLink, PartialLink, Filed };

struct Candidate {
    Story story;
    QHash<CategoryId, CategoryFit> fits;
};

void keepBest(QHash<CategoryId, CategoryFit>& fits, CategoryId category, CategoryFit fit)
{
    const auto found = fits.constFind(category);
    if (found == fits.cend() || fit < *found)
        fits.insert(category, fit);
}

bool isCandidate(const Story& story, const SheetRequest& request)
{
    if (request.readyOnly && story.status != StoryStatus::Ready)
        return false;
    return request.tags.isEmpty()
        || std::any_of(request.tags.cbegin(), request.tags.cend(),
            [&story](TagId tag) { return story.tags.contains(tag); });
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
        if (!isCandidate(story, request))
            continue;
        Candidate candidate {story, {}};
        for (const CategoryId category : story.categories)
            keepBest(candidate.fits, category, CategoryFit::Filed);
        for (const StoryQuestionLink& link : bank.linksOfStory(story.id)) {
            const CategoryFit fit =
                link.fit == LinkFit::Strong ? CategoryFit::StrongLink : CategoryFit::PartialLink;
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

// Best fit first, then the stories the user is surest of telling, then the biggest; title and
// id settle the rest, so the order never depends on how the bank happened to return rows.
bool ranksBefore(const Candidate& a, const Candidate& b, CategoryId category)
{
    const CategoryFit fitA = a.fits.value(category);
    const CategoryFit fitB = b.fits.value(category);
    if (fitA != fitB)
        return fitA < fitB;
    if (a.story.confidence != b.story.confidence)
        return a.story.confidence > b.story.confidence;
    if (a.story.impact != b.story.impact)
        return a.story.impact > b.story.impact;
    if (const int byTitle = QString::compare(a.story.title, b.story.title, Qt::CaseInsensitive))
        return byTitle < 0;
    return a.story.id < b.story.id;
}

SheetStory sheetStory(const Story& story)
{
    SheetStory shown;
    shown.id = story.id;
    shown.title = story.title.simplified();
    shown.hook = story.summary.simplified();
    for (const QString& cue : story.cues) {
        if (!cue.simplified().isEmpty())
            shown.cues << cue.simplified();
    }
    if (shown.cues.isEmpty()) {
        shown.cues = CueDeriver::derive(story);
        shown.cuesDerived = true;
    }
    shown.keyFigure = KeyFigure::find(story.result);
    return shown;
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
            shown.stories << sheetStory(candidate->story);
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
                other.stories << sheetStory(candidate->story);
            result << other;
        }
    }
    return result;
}

} // namespace

CheatSheet SheetComposer::compose(const Bank& bank, const SheetRequest& request)
{
    // request.interview is not read yet: the bank has no query for an interview's questions
    // and stories. Until a later issue adds one, the sheet comes from the other choices alone.
    CheatSheet sheet;
    sheet.title = request.title.trimmed();
    if (sheet.title.isEmpty())
        sheet.title = QFileInfo(bank.path()).completeBaseName();
    sheet.subtitle = request.subtitle.trimmed();

    const QList<Question> questions = bank.questions();
    sheet.categories = composeCategories(bank, questions, request);

    // The pitch question never shows as a prepared answer, even with the pitch block off: the
    // user who turns the pitch off does not want it back under another heading.
    const std::optional<Question> pitch = SheetQuestionBlocks::pitchQuestion(questions);
    if (request.includePitch && pitch)
        sheet.pitch = pitch->notes.trimmed();
    if (request.includePreparedAnswers) {
        sheet.preparedAnswers = SheetQuestionBlocks::preparedAnswers(
            questions, bank.answeredQuestions(), pitch ? std::optional(pitch->id) : std::nullopt);
    }
    if (request.includeQuestionsToAsk)
        sheet.questionsToAsk = SheetQuestionBlocks::questionsToAsk(questions);
    return sheet;
}

} // namespace sb
