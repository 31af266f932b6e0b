#include "core/analysis/Coverage.h"

#include "core/Bank.h"

#include <algorithm>

namespace sb {

namespace {

// A story already partial in a category half-answers it: it outranks one that merely shares a
// tag or category with the story the category leans on (each shared label scores 1).
constexpr int kPartialStoryBonus = 2;

bool hasNotes(const Question& question)
{
    return !question.notes.trimmed().isEmpty();
}

// Stories that resemble one another by their labels: the ones that could tell a similar story
// when one is asked to do too much.
class Likeness {
public:
    explicit Likeness(const QList<Story>& stories)
    {
        for (const Story& story : stories) {
            m_stories.insert(story.id, &story);
            for (TagId tag : story.tags)
                m_byTag[tag].append(story.id);
            for (CategoryId category : story.categories)
                m_byCategory[category].append(story.id);
        }
    }

    const Story* story(StoryId id) const { return m_stories.value(id); }

    // Other stories sharing tags or categories with id, most shared first (plus any bonus the
    // caller gives), ties by id so the answer is stable.
    QList<StoryId> alike(StoryId id, QHash<StoryId, int> scores, int limit) const
    {
        if (const Story* story = m_stories.value(id)) {
            for (TagId tag : story->tags)
                for (StoryId other : m_byTag.value(tag))
                    ++scores[other];
            for (CategoryId category : story->categories)
                for (StoryId other : m_byCategory.value(category))
                    ++scores[other];
        }
        scores.remove(id);
        QList<std::pair<int, StoryId>> ranked;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            ranked.append({-it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end());
        QList<StoryId> result;
        for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
            result.append(ranked[i].second);
        return result;
    }

private:
    QHash<StoryId, const Story*> m_stories;
    QHash<TagId, QList<StoryId>> m_byTag;
    QHash<CategoryId, QList<StoryId>> m_byCategory;
};

// A story's strength for a category: Strong when it is filed in the category directly or has
// a strong link to one of the category's questions; Partial when it has only partial links
// there; None otherwise (and then it is not stored).
QHash<CategoryId, QHash<StoryId, Strength>> strengthMatrix(const QList<Story>& stories,
    const QHash<QuestionId, const Question*>& questions, const QList<StoryQuestionLink>& links)
{
    QHash<CategoryId, QHash<StoryId, Strength>> matrix;
    for (const Story& story : stories)
        for (CategoryId category : story.categories)
            matrix[category][story.id] = Strength::Strong;
    for (const StoryQuestionLink& link : links) {
        const Question* question = questions.value(link.question);
        if (!question)
            continue;
        const Strength strength =
            link.fit == LinkFit::Strong ? Strength::Strong : Strength::Partial;
        for (CategoryId category : question->categories) {
            Strength& cell = matrix[category][link.story]; // a new cell starts as None
            cell = std::max(cell, strength);
        }
    }
    return matrix;
}

} // namespace

Coverage::Coverage(const Bank& bank, const CoverageOptions& options) : m_options(options)
{
    // The only reads: four statements' worth, whatever the size of the bank.
    const QList<Category> categories = bank.categories();
    const QList<Question> questions = bank.questions();
    const QList<Story> stories = bank.stories();
    const QList<StoryQuestionLink> links = bank.links();

    QHash<QuestionId, const Question*> questionById;
    for (const Question& question : questions)
        questionById.insert(question.id, &question);
    QHash<QuestionId, QList<StoryId>> answeredBy;
    QHash<StoryId, int> questionsOfStory;
    for (const StoryQuestionLink& link : links) {
        answeredBy[link.question].append(link.story);
        ++questionsOfStory[link.story];
    }
    m_report.matrix = strengthMatrix(stories, questionById, links);

    QHash<CategoryId, qsizetype> row;
    for (const Category& category : categories) {
        CategoryCoverage coverage;
        coverage.category = category.id;
        coverage.name = category.name;
        for (Strength strength : m_report.matrix.value(category.id)) {
            if (strength == Strength::Strong)
                ++coverage.strong;
            else if (strength == Strength::Partial)
                ++coverage.partial;
        }
        row.insert(category.id, m_report.categories.size());
        m_report.categories.append(coverage);
    }

    // Stories answer behavioral (and technical) questions; a category holding only questions of
    // other kinds (about you, role fit, hypotheticals, questions to ask) is prepared with notes,
    // so it is never called thin. A category with no questions yet still wants stories.
    QHash<CategoryId, int> storyQuestions;
    for (const Question& question : questions) {
        const QList<StoryId> answers = answeredBy.value(question.id);
        const bool unanswered = answers.isEmpty() && !hasNotes(question);
        if (unanswered)
            m_report.unansweredQuestions.append({question.id, question.text, StoryId()});
        if (answers.size() == 1)
            m_report.singleStoryQuestions.append({question.id, question.text, answers.first()});
        for (CategoryId category : question.categories) {
            const auto at = row.constFind(category);
            if (at == row.cend())
                continue;
            CategoryCoverage& coverage = m_report.categories[*at];
            ++coverage.questions;
            coverage.unanswered += unanswered ? 1 : 0;
            if (question.kind == QuestionKind::Behavioral
                || question.kind == QuestionKind::Technical)
                ++storyQuestions[category];
        }
    }

    const Likeness likeness(stories);
    for (const CategoryCoverage& coverage : std::as_const(m_report.categories)) {
        const bool wantsStories =
            coverage.questions == 0 || storyQuestions.value(coverage.category) > 0;
        if (coverage.strong < m_options.minStrong && wantsStories)
            m_report.thinCategories.append(coverage.category);
        if (coverage.strong != 1 || coverage.questions < 2)
            continue;
        // The one strong story; the category's partial stories are the first to step in.
        const QHash<StoryId, Strength> cells = m_report.matrix.value(coverage.category);
        StoryId lone;
        QHash<StoryId, int> partialBonus;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (it.value() == Strength::Strong)
                lone = it.key();
            else
                partialBonus.insert(it.key(), kPartialStoryBonus);
        }
        const Story* story = likeness.story(lone);
        m_report.leaningCategories.append(
            {coverage.category, coverage.name, lone, story ? story->title : QString(),
                likeness.alike(lone, partialBonus, m_options.maxAlternatives)});
    }

    // Overuse is a share of the questions that have any answer at all, so unanswered
    // catalog questions do not dilute it.
    const qsizetype linkedQuestions = answeredBy.size();
    if (linkedQuestions < m_options.minLinkedQuestions)
        return;
    for (auto it = questionsOfStory.cbegin(); it != questionsOfStory.cend(); ++it) {
        const double share = double(it.value()) / double(linkedQuestions);
        if (share < m_options.overuseShare)
            continue;
        const Story* story = likeness.story(it.key());
        m_report.overusedStories.append({it.key(), story ? story->title : QString(), it.value(),
            share, likeness.alike(it.key(), {}, m_options.maxAlternatives)});
    }
    std::sort(m_report.overusedStories.begin(), m_report.overusedStories.end(),
        [](const OverusedStory& a, const OverusedStory& b) {
            return a.questions != b.questions ? a.questions > b.questions : a.story < b.story;
        });
}

} // namespace sb
