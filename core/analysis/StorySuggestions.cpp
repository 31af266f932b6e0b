#include "core/analysis/StorySuggestions.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::StorySuggestions)
};

// Words every interview question is made of; searching for them finds every story.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
            {"about", "after", "again", "all", "and", "any", "are", "because", "been", "before",
                "being", "between", "both", "but", "can", "could", "describe", "did", "does",
                "doing", "during", "each", "example", "explain", "for", "from", "give", "had",
                "has", "have", "how", "into", "its", "just", "more", "most", "not", "now", "off",
                "once", "only", "other", "our", "out", "over", "own", "same", "share", "should",
                "some", "such", "tell", "than", "that", "the", "their", "them", "then", "there",
                "these", "they", "this", "those", "through", "time", "too", "under", "until",
                "very", "walk", "was", "were", "what", "when", "where", "which", "while", "who",
                "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Searches cost one FTS query each; a long question is still judged on its first words.
constexpr int kMostSearchedWords = 8;
// Enough hits per word for a large bank, while one very common word cannot flood the list.
constexpr int kHitsPerWord = 200;

} // namespace

QStringList meaningfulWords(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList result;
    for (const QString& word : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !stopWords().contains(word) && !result.contains(word))
            result.append(word);
    }
    return result;
}

QList<Suggestion> suggestStories(const Bank& bank, QuestionId questionId, int limit)
{
    const std::optional<Question> question = bank.question(questionId);
    if (!question || limit <= 0)
        return {};
    const QSet<CategoryId> wanted(question->categories.cbegin(), question->categories.cend());

    // Whole-bank reads, once: stories with their labels, links, and the questions' categories.
    const QList<Story> stories = bank.stories();
    const QList<StoryQuestionLink> links = bank.links();
    QHash<QuestionId, QList<CategoryId>> categoriesOf;
    for (const Question& q : bank.questions())
        categoriesOf.insert(q.id, q.categories);

    QSet<StoryId> alreadyLinked;
    QHash<StoryId, QSet<CategoryId>> shared; // the question's categories each story is in
    for (const StoryQuestionLink& link : links) {
        if (link.question == questionId)
            alreadyLinked.insert(link.story);
        for (CategoryId category : categoriesOf.value(link.question))
            if (wanted.contains(category))
                shared[link.story].insert(category);
    }
    for (const Story& story : stories)
        for (CategoryId category : story.categories)
            if (wanted.contains(category))
                shared[story.id].insert(category);

    // Tags of the stories already answering the question or its categories, counted per
    // story so a candidate is not credited for sharing tags with itself.
    QHash<TagId, int> answeringTags;
    auto answers = [&](const Story& story) {
        return alreadyLinked.contains(story.id) || shared.contains(story.id);
    };
    for (const Story& story : stories)
        if (answers(story))
            for (TagId tag : story.tags)
                ++answeringTags[tag];

    QHash<StoryId, QStringList> wordsFound;
    const QStringList words = meaningfulWords(question->text).mid(0, kMostSearchedWords);
    for (const QString& word : words)
        for (const SearchHit& hit : bank.search(word, kHitsPerWord))
            if (hit.kind == SearchHit::Kind::Story)
                wordsFound[StoryId(hit.id)].append(word);

    QHash<CategoryId, QString> categoryNames;
    for (const Category& category : bank.categories())
        categoryNames.insert(category.id, category.name);

    QList<Suggestion> result;
    for (const Story& story : stories) {
        if (alreadyLinked.contains(story.id))
            continue;
        Suggestion suggestion;
        suggestion.story = story.id;
        if (const QSet<CategoryId> in = shared.value(story.id); !in.isEmpty()) {
            QStringList names;
            for (CategoryId category : question->categories) // in the question's order
                if (in.contains(category))
                    names.append(categoryNames.value(category));
            suggestion.score += kSharedCategoryWeight * double(in.size());
            suggestion.reasons.append(
                Text::tr("Also covers %1").arg(names.join(QStringLiteral(", "))));
        }
        if (const QStringList found = wordsFound.value(story.id); !found.isEmpty()) {
            suggestion.score += kSearchHitWeight * double(found.size());
            suggestion.reasons.append(
                Text::tr("Mentions %1").arg(found.join(QStringLiteral(", "))));
        }
        const int self = answers(story) ? 1 : 0;
        int tags = 0;
        for (TagId tag : story.tags) {
            if (answeringTags.value(tag) > self)
                ++tags;
        }
        if (tags > 0) {
            suggestion.score += kSharedTagWeight * tags;
            suggestion.reasons.append(Text::tr(
                "Shares %n tag(s) with stories answering this kind of question", nullptr, tags));
        }
        if (suggestion.score > 0)
            result.append(suggestion);
    }
    std::sort(result.begin(), result.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.score != b.score ? a.score > b.score : a.story < b.story;
    });
    return result.mid(0, limit);
}

} // namespace sb
