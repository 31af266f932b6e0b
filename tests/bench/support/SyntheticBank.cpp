#include "tests/bench/support/SyntheticBank.h"

#include "core/Bank.h"
#include "tests/bench/support/SyntheticText.h"

namespace sb::bench {

namespace {

constexpr StoryMethod kMethods[] {StoryMethod::Star, StoryMethod::StarL, StoryMethod::Carl};
constexpr StoryStatus kStatuses[] {StoryStatus::Ready, StoryStatus::Draft, StoryStatus::Idea};
constexpr QuestionKind kKinds[] {QuestionKind::Behavioral, QuestionKind::Behavioral,
    QuestionKind::Behavioral, QuestionKind::Hypothetical, QuestionKind::RoleFit};

QString numbered(const QString& text, int number)
{
    // Names must be unique; a number keeps them so without making them unrealistic.
    return text + QLatin1Char(' ') + QString::number(number);
}

QString section(SyntheticText& text)
{
    return text.prose(text.between(80, 250));
}

ImportedQuestion question(SyntheticText& text, int key, const QStringList& categories)
{
    ImportedQuestion imported;
    imported.question.id = QuestionId(key);
    imported.question.text =
        QStringLiteral("Tell me about a time the ") + numbered(text.title().toLower(), key) + u'?';
    if (text.between(0, 2) == 0)
        imported.question.variants.append(QStringLiteral("Describe a ") + text.title().toLower());
    imported.question.kind = kKinds[key % std::size(kKinds)];
    imported.categoryNames.append(categories.at(key % categories.size()));
    if (text.between(0, 4) == 0)
        imported.question.notes = text.prose(text.between(20, 60));
    return imported;
}

ImportedStory story(SyntheticText& text, int key, const SyntheticBankShape& shape,
    const QStringList& categories, const QStringList& tags)
{
    ImportedStory imported;
    Story& story = imported.story;
    story.id = StoryId(key);
    story.title = numbered(text.title(), key);
    story.summary = text.prose(text.between(8, 16));
    story.method = kMethods[key % std::size(kMethods)];
    story.status = kStatuses[key % std::size(kStatuses)];
    story.situation = section(text);
    story.task = section(text);
    story.action = section(text);
    story.result = section(text);
    if (story.method != StoryMethod::Star)
        story.learning = section(text);
    for (int i = text.between(0, 3); i > 0; --i)
        story.cues.append(text.title());
    story.role = text.title();
    story.organization = text.word();
    story.impact = text.between(0, 5);
    story.confidence = text.between(0, 5);
    for (int i = text.between(1, 4); i > 0; --i) {
        const QString tag = tags.at(text.between(0, int(tags.size()) - 1));
        if (!imported.tagNames.contains(tag))
            imported.tagNames.append(tag);
    }
    imported.categoryNames.append(categories.at(text.between(0, int(categories.size()) - 1)));
    for (int i = 0; i < shape.linksPerStory && shape.questions > 0; ++i) {
        const int question = 1 + text.between(0, shape.questions - 1);
        const bool taken = std::any_of(imported.links.cbegin(), imported.links.cend(),
            [&](const StoryQuestionLink& link) { return link.question.value == question; });
        if (taken)
            continue;
        imported.links.append({StoryId(key), QuestionId(question),
            i == 0 ? LinkFit::Strong : LinkFit::Partial, text.prose(text.between(4, 12))});
    }
    return imported;
}

} // namespace

ImportDocument SyntheticBank::document(const SyntheticBankShape& shape)
{
    SyntheticText text(shape.seed);
    ImportDocument document;
    document.source = QStringLiteral("synthetic");
    QStringList categories;
    for (int i = 0; i < shape.categories; ++i) {
        Category category;
        category.name = numbered(text.title(), i + 1);
        category.position = i;
        document.categories.append(category);
        categories.append(category.name);
    }
    QStringList tags;
    for (int i = 0; i < shape.tags; ++i)
        tags.append(numbered(text.word(), i + 1));
    for (const QString& name : std::as_const(tags))
        document.tags.append(Tag {TagId(), name, {}});
    for (int key = 1; key <= shape.questions; ++key)
        document.questions.append(question(text, key, categories));
    for (int key = 1; key <= shape.stories; ++key)
        document.stories.append(story(text, key, shape, categories, tags));
    return document;
}

void SyntheticBank::write(const QString& path, const SyntheticBankShape& shape)
{
    const auto bank = Bank::create(path, Bank::CreateOptions {.starterCatalog = false});
    bank->importDocuments({document(shape)});
}

} // namespace sb::bench
