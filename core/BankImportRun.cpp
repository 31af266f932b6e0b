#include "core/BankImportRun.h"

#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/exchange/ImportError.h"
#include "core/exchange/QuestionText.h"

#include <QCoreApplication>

namespace sb {

namespace {

using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankImportRun)
};

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

bool hasWriting(const Story& story)
{
    return !story.summary.isEmpty() || !story.situation.isEmpty() || !story.task.isEmpty()
        || !story.action.isEmpty() || !story.result.isEmpty() || !story.learning.isEmpty()
        || !story.cues.isEmpty();
}

// A set alongside the list: an imported note may carry thousands of tags or variants.
template<typename T> void appendMissing(QList<T>& into, const QList<T>& items)
{
    QSet<T> present(into.cbegin(), into.cend());
    for (const T& item : items) {
        if (!present.contains(item)) {
            present.insert(item);
            into.append(item);
        }
    }
}

} // namespace

BankImportRun::BankImportRun(BankStores& stores) : m_stores(stores) { }

void BankImportRun::apply(const QList<ImportDocument>& documents)
{
    loadExisting();
    QList<Keys> keys(documents.size());
    // Questions first, then the stories written out in full, and only then the references by
    // title: "STORY: Launch" in one note and the story "Launch" in another become one story
    // with its text, whatever the order of the files.
    for (qsizetype i = 0; i < documents.size(); ++i) {
        m_summary.warnings.append(documents[i].warnings);
        for (const Category& category : documents[i].categories)
            ensureCategory(category);
        for (const Tag& tag : documents[i].tags)
            ensureTag(tag);
        importQuestions(documents[i], keys[i]);
    }
    for (qsizetype i = 0; i < documents.size(); ++i)
        importStories(documents[i], false, keys[i]);
    for (qsizetype i = 0; i < documents.size(); ++i)
        importStories(documents[i], true, keys[i]);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        importLinks(documents[i], keys[i]);
        importRecords(documents[i], keys[i]);
    }
    for (QuestionId id : std::as_const(m_updatedQuestions))
        m_stores.search.reindexQuestion(id);
    for (StoryId id : std::as_const(m_updatedStories))
        m_stores.search.reindexStory(id);
}

void BankImportRun::loadExisting()
{
    for (const Category& category : m_stores.categories.all())
        m_categories.insert(nameKey(category.name), category.id);
    m_nextCategoryPosition = m_stores.categories.nextPosition();
    for (const Tag& tag : m_stores.tags.all())
        m_tags.insert(nameKey(tag.name), tag.id);
    for (const Question& question : m_stores.questions.all())
        m_questions.insert(normalisedQuestionText(question.text), question.id);
    for (const StorySummary& story : m_stores.stories.summaries())
        m_stories[nameKey(story.title)].append(story.id);
}

CategoryId BankImportRun::ensureCategory(const Category& category)
{
    const QString key = nameKey(category.name);
    if (const auto found = m_categories.constFind(key); found != m_categories.cend())
        return *found;
    Category added = category;
    added.id = CategoryId();
    added.name = category.name.simplified();
    // A position from an exported bank keeps its order; notes bring none, so new categories
    // go after those already there.
    if (added.position <= 0)
        added.position = m_nextCategoryPosition;
    m_nextCategoryPosition = std::max(m_nextCategoryPosition, added.position + 1);
    validate::category(added);
    const CategoryId id = m_stores.categories.insert(added);
    m_categories.insert(key, id);
    ++m_summary.categoriesAdded;
    changed(Entity::Category, Kind::Added, id.value);
    return id;
}

CategoryId BankImportRun::ensureCategoryNamed(const QString& name)
{
    Category category;
    category.name = name;
    return ensureCategory(category);
}

TagId BankImportRun::ensureTag(const Tag& tag)
{
    const QString key = nameKey(tag.name);
    if (const auto found = m_tags.constFind(key); found != m_tags.cend())
        return *found;
    Tag added = tag;
    added.id = TagId();
    added.name = tag.name.simplified();
    validate::tag(added);
    const TagId id = m_stores.tags.insert(added);
    m_tags.insert(key, id);
    ++m_summary.tagsAdded;
    changed(Entity::Tag, Kind::Added, id.value);
    return id;
}

QList<CategoryId> BankImportRun::categoryIds(const QStringList& names)
{
    QList<CategoryId> ids;
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty())
            ids.append(ensureCategoryNamed(name));
    }
    QList<CategoryId> unique;
    appendMissing(unique, ids);
    return unique;
}

QList<TagId> BankImportRun::tagIds(const QStringList& names)
{
    QList<TagId> ids;
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty())
            ids.append(ensureTag({TagId(), name, QString()}));
    }
    QList<TagId> unique;
    appendMissing(unique, ids);
    return unique;
}

void BankImportRun::importQuestions(const ImportDocument& document, Keys& keys)
{
    for (const ImportedQuestion& imported : document.questions) {
        if (normalisedQuestionText(imported.question.text).isEmpty()) {
            warn(document, imported.line, Text::tr("A question with no text was left out."));
            continue;
        }
        writeNamingTheItem(document, imported.question.text, imported.line,
            QT_TRANSLATE_NOOP(
                "sb::BankImportRun", "%1: the question “%2” (line %3) cannot be imported: %4"),
            [&] { keys.questions.insert(imported.question.id.value, addOrReuse(imported)); });
    }
}

QuestionId BankImportRun::addOrReuse(const ImportedQuestion& imported)
{
    const QString key = normalisedQuestionText(imported.question.text);
    const QList<CategoryId> categories = categoryIds(imported.categoryNames);
    if (const auto found = m_questions.constFind(key); found != m_questions.cend()) {
        ++m_summary.questionsReused;
        // A story's "Answers" naming a known question brings nothing to merge: no need to read
        // the question (three queries, for each of thousands of links in a big import).
        if (categories.isEmpty() && imported.question.variants.isEmpty()
            && imported.question.notes.trimmed().isEmpty())
            return *found;
        // The same question filed under another heading, or answered where the bank had no
        // answer yet, adds to what is there; nothing the bank holds is replaced.
        Question existing = *m_stores.questions.find(*found);
        Question merged = existing;
        appendMissing(merged.categories, categories);
        appendMissing(merged.variants, imported.question.variants);
        if (merged.notes.trimmed().isEmpty())
            merged.notes = imported.question.notes;
        if (!(merged == existing)) {
            m_stores.questions.update(merged);
            markUpdated(merged.id);
        }
        return *found;
    }
    Question added = imported.question;
    added.id = QuestionId();
    added.text = imported.question.text.trimmed();
    added.categories = categories;
    validate::question(added);
    const QuestionId id = m_stores.questions.insert(added);
    m_stores.search.indexNewQuestion(id);
    m_questions.insert(key, id);
    ++m_summary.questionsAdded;
    changed(Entity::Question, Kind::Added, id.value);
    return id;
}

void BankImportRun::importStories(const ImportDocument& document, bool references, Keys& keys)
{
    for (const ImportedStory& imported : document.stories) {
        if (imported.reference != references)
            continue;
        // A story written out in full is kept even without a title (the editor allows one);
        // a reference is nothing but its title.
        if (imported.reference && nameKey(imported.story.title).isEmpty()) {
            warn(document, imported.line, Text::tr("A story reference with no name was left out."));
            continue;
        }
        writeNamingTheItem(document, imported.story.title, imported.line,
            QT_TRANSLATE_NOOP(
                "sb::BankImportRun", "%1: the story “%2” (line %3) cannot be imported: %4"),
            [&] {
                const StoryId id = addOrReuse(imported);
                keys.stories.insert(imported.story.id.value, id);
                keepDismissals(id, imported.dismissedCoachRules);
            });
    }
}

StoryId BankImportRun::addOrReuse(const ImportedStory& imported)
{
    const QString key = nameKey(imported.story.title);
    const QList<TagId> tags = tagIds(imported.tagNames);
    const QList<CategoryId> categories = categoryIds(imported.categoryNames);
    QList<StoryId>& sameTitle = m_stories[key];
    if (imported.reference && !sameTitle.isEmpty()) {
        ++m_summary.storiesReused;
        return sameTitle.first(); // a reference never changes the story it names
    }
    // Two stories of one title in an import are two stories: the n-th of them is matched with
    // the n-th the bank has of that title, so importing the same file again adds nothing and
    // neither story's text is lost.
    const qsizetype turn = imported.reference ? sameTitle.size() : m_titleTurns[key]++;
    if (turn < sameTitle.size()) {
        const StoryId found = sameTitle.at(turn);
        ++m_summary.storiesReused;
        Story existing = *m_stores.stories.find(found);
        Story merged = existing;
        // A stub made from a reference gets the text when the story itself arrives.
        if (!hasWriting(existing) && hasWriting(imported.story)) {
            merged = imported.story;
            merged.id = existing.id;
            merged.tags = existing.tags;
            merged.categories = existing.categories;
        }
        appendMissing(merged.tags, tags);
        appendMissing(merged.categories, categories);
        if (!(merged == existing)) {
            validate::story(merged);
            m_stores.stories.update(merged);
            markUpdated(merged.id);
        }
        return found;
    }
    Story added = imported.story;
    added.id = StoryId();
    added.title = imported.story.title.trimmed();
    added.tags = tags;
    added.categories = categories;
    validate::story(added);
    const StoryId id = m_stores.stories.insert(added);
    m_stores.search.indexNewStory(id);
    sameTitle.append(id);
    m_addedStories.insert(id);
    ++m_summary.storiesAdded;
    changed(Entity::Story, Kind::Added, id.value);
    return id;
}

void BankImportRun::keepDismissals(StoryId story, const QStringList& rules)
{
    if (rules.isEmpty())
        return;
    const QSet<QString> had = m_stores.coachDismissals.ofStory(story);
    bool added = false;
    for (const QString& rule : rules) {
        if (!rule.isEmpty() && !had.contains(rule)) {
            m_stores.coachDismissals.add(story, rule);
            added = true;
        }
    }
    // A new story is announced as added already; one the bank had has changed.
    if (added && !m_addedStories.contains(story))
        markUpdated(story);
}

void BankImportRun::importLinks(const ImportDocument& document, const Keys& keys)
{
    for (const ImportedStory& imported : document.stories) {
        for (const StoryQuestionLink& link : imported.links) {
            const StoryId story = keys.stories.value(link.story.value);
            const QuestionId question = keys.questions.value(link.question.value);
            if (!story.isValid())
                continue; // the story itself was left out, with its own warning
            if (!question.isValid()) {
                warn(document, imported.line,
                    Text::tr("A link of “%1” to a question that was left out was left out too.")
                        .arg(imported.story.title));
                continue;
            }
            // A link the bank has keeps its fit and angle: the user may have refined them.
            if (m_stores.links.find(story, question))
                continue;
            m_stores.links.upsert({story, question, link.fit, link.angle});
            ++m_summary.linksAdded;
            changed(Entity::Link, Kind::Added, story.value, question.value);
        }
    }
}

void BankImportRun::writeNamingTheItem(const ImportDocument& document, const QString& item,
    int line, const char* refusal, const std::function<void()>& write)
{
    try {
        write();
    } catch (const ImportError&) {
        throw;
    } catch (const BankError& error) {
        // A value the bank refuses (a rating of 9, a name left empty) refuses the file, naming
        // the item so the user can find it.
        throw ImportError(document.source, -1,
            Text::tr(refusal).arg(document.source, item).arg(line).arg(error.message()));
    }
}

void BankImportRun::markUpdated(QuestionId question)
{
    if (!m_updatedQuestions.contains(question))
        changed(Entity::Question, Kind::Updated, question.value);
    m_updatedQuestions.insert(question);
}

void BankImportRun::markUpdated(StoryId story)
{
    if (!m_updatedStories.contains(story))
        changed(Entity::Story, Kind::Updated, story.value);
    m_updatedStories.insert(story);
}

void BankImportRun::warn(const ImportDocument& document, int line, const QString& message)
{
    m_summary.warnings.append({document.source, line, message});
}

void BankImportRun::changed(Entity entity, Kind kind, int64_t id, int64_t other)
{
    m_changes.append({entity, kind, id, other});
}

} // namespace sb
