#include "core/Bank.h"

#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/BankRowWrites.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/SchemaMigrator.h"
#include "core/StarterCatalog.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>

namespace sb {

namespace {

using bankwrites::kCategoryExists;
using bankwrites::kNoCategory;
using bankwrites::kNoQuestion;
using bankwrites::kNoStory;
using bankwrites::require;
using bankwrites::requireFreeId;
using bankwrites::requireUniqueName;
using bankwrites::tr;
using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

// Whole sentences, so each language can word them its own way.
const char* const kStoryIdTaken =
    QT_TRANSLATE_NOOP("sb::Bank", "A story with id %1 already exists.");
const char* const kQuestionIdTaken =
    QT_TRANSLATE_NOOP("sb::Bank", "A question with id %1 already exists.");

const SchemaMigrator& builtInMigrator()
{
    static const SchemaMigrator migrator;
    return migrator;
}

} // namespace

Bank::Bank(QString path, std::unique_ptr<Database> db)
    : m_path(std::move(path)), m_db(std::move(db)), m_stores(std::make_unique<BankStores>(*m_db))
{
}

Bank::~Bank()
{
    if (!m_removedIndexedText)
        return;
    try {
        m_stores->search.purgeRemovedText();
    } catch (const BankError&) {
        // Read-only or busy now: the words stay until a later close manages it; nothing is lost.
    }
}

std::unique_ptr<Bank> Bank::create(const QString& path, CreateOptions options)
{
    std::unique_ptr<Bank> bank(new Bank(path, bankconnection::create(path, builtInMigrator())));
    if (options.starterCatalog) {
        try {
            bank->loadStarterCatalog();
        } catch (...) {
            bank.reset(); // closes the file before it is removed
            bankconnection::discard(path);
            throw;
        }
    }
    return bank;
}

std::unique_ptr<Bank> Bank::open(const QString& path, OpenOptions options)
{
    return std::unique_ptr<Bank>(
        new Bank(path, bankconnection::open(path, builtInMigrator(), options.checkIntegrity)));
}

std::unique_ptr<Bank> Bank::open(const QString& path, const SchemaMigrator& migrator)
{
    return std::unique_ptr<Bank>(new Bank(path, bankconnection::open(path, migrator)));
}

void Bank::verify(const QString& path)
{
    bankconnection::verify(path, latestSchemaVersion());
}

void Bank::saveCopy(const QString& target) const
{
    bankconnection::writeCopy(*m_db, target);
}

int Bank::latestSchemaVersion()
{
    return builtInMigrator().latestVersion();
}

int64_t Bank::write(Entity entity, Kind kind, const std::function<int64_t()>& work)
{
    Transaction transaction(*m_db);
    const int64_t id = work();
    transaction.commit();
    emit changed({entity, kind, id});
    return id;
}

void Bank::loadStarterCatalog()
{
    const StarterCatalog catalog = StarterCatalog::load();
    Transaction transaction(*m_db);
    QHash<QString, CategoryId> byName;
    for (const Category& category : catalog.categories)
        byName.insert(category.name.toCaseFolded(), m_stores->categories.insert(category));
    for (const StarterCatalog::Entry& entry : catalog.questions) {
        Question question = entry.question;
        for (const QString& name : entry.categoryNames)
            question.categories.append(byName.value(name.toCaseFolded()));
        m_stores->search.indexNewQuestion(m_stores->questions.insert(question));
    }
    transaction.commit();
}

// Categories

QList<Category> Bank::categories() const
{
    return m_stores->categories.all();
}
std::optional<Category> Bank::category(CategoryId id) const
{
    return m_stores->categories.find(id);
}
std::optional<Category> Bank::categoryNamed(const QString& name) const
{
    return m_stores->categories.findByName(name);
}

CategoryId Bank::addCategory(const Category& category)
{
    validate::category(category);
    requireUniqueName(categoryNamed(category.name), category, kCategoryExists);
    Category placed = category;
    placed.id = CategoryId(); // a new category always gets a new id
    if (placed.position == 0)
        placed.position = m_stores->categories.nextPosition();
    return addRow(m_stores->categories, placed, Entity::Category);
}

void Bank::updateCategory(const Category& category)
{
    validate::category(category);
    requireUniqueName(categoryNamed(category.name), category, kCategoryExists);
    updateRow(m_stores->categories, category, Entity::Category, kNoCategory);
}

// Questions

QList<Question> Bank::questions() const
{
    return m_stores->questions.all();
}
QList<QuestionSummary> Bank::questionSummaries() const
{
    return m_stores->questions.summaries();
}

std::optional<Question> Bank::question(QuestionId id) const
{
    return m_stores->questions.find(id);
}
QList<QuestionId> Bank::questionsInCategory(CategoryId id) const
{
    return m_stores->questions.inCategory(id);
}

QuestionId Bank::addQuestion(const Question& question)
{
    validate::question(question);
    Question added = question;
    added.id = QuestionId(); // a new question always gets a new id
    return addRow(m_stores->questions, added, Entity::Question,
        [this](int64_t id) { m_stores->search.indexNewQuestion(QuestionId(id)); });
}

void Bank::updateQuestion(const Question& question)
{
    validate::question(question);
    updateRow(m_stores->questions, question, Entity::Question, kNoQuestion,
        [&] { m_stores->search.reindexQuestion(question.id); });
}

QuestionId Bank::restoreQuestion(const Question& question, const QList<StoryQuestionLink>& links)
{
    validate::question(question);
    QList<StoryQuestionLink> restored;
    const QuestionId id(write(Entity::Question, Kind::Added, [&] {
        requireFreeId(
            m_stores->questions.find(question.id).has_value(), kQuestionIdTaken, question.id.value);
        restored.clear();
        Question kept = question;
        // Categories deleted since are left out rather than refusing the whole undo.
        kept.categories.removeIf([this](CategoryId c) { return !m_stores->categories.find(c); });
        const QuestionId inserted = m_stores->questions.insert(kept);
        restored = putBackLinks(links);
        m_stores->search.indexNewQuestion(inserted);
        return inserted.value;
    }));
    announceLinks(restored, Kind::Added);
    return id;
}

void Bank::removeQuestion(QuestionId id)
{
    const QList<StoryQuestionLink> links = m_stores->links.ofQuestion(id);
    removeRow(m_stores->questions, id, Entity::Question, kNoQuestion,
        [&] { m_stores->search.removeQuestion(id); });
    m_removedIndexedText = true;
    announceLinks(links, Kind::Removed);
}

// Stories

QList<Story> Bank::stories() const
{
    return m_stores->stories.all();
}
QList<StorySummary> Bank::storySummaries() const
{
    return m_stores->stories.summaries();
}
QList<StorySummary> Bank::storySummaries(StoryId after, int limit) const
{
    return m_stores->stories.summaries(after, limit);
}
std::optional<StorySummary> Bank::storySummary(StoryId id) const
{
    return m_stores->stories.summary(id);
}
std::optional<Story> Bank::story(StoryId id) const
{
    return m_stores->stories.find(id);
}

StoryId Bank::addStory(const Story& story, const QStringList& newTagNames)
{
    validate::story(story);
    for (const QString& name : newTagNames)
        validate::tag({TagId(), name, QString()});
    QList<TagId> createdTags;
    const StoryId added(write(Entity::Story, Kind::Added, [&] {
        createdTags.clear();
        Story withTags = story;
        withTags.id = StoryId(); // a new story always gets a new id
        for (const QString& name : newTagNames) {
            if (const auto existing = m_stores->tags.findByName(name)) {
                withTags.tags.append(existing->id);
            } else {
                createdTags.append(m_stores->tags.insert({TagId(), name, QString()}));
                withTags.tags.append(createdTags.last());
            }
        }
        const StoryId id = m_stores->stories.insert(withTags);
        m_stores->search.indexNewStory(id);
        return id.value;
    }));
    for (TagId tag : createdTags)
        emit changed({Entity::Tag, Kind::Added, tag.value});
    return added;
}

StoryId Bank::restoreStory(const Story& story, const QList<StoryQuestionLink>& links)
{
    validate::story(story);
    QList<StoryQuestionLink> restored;
    const StoryId id(write(Entity::Story, Kind::Added, [&] {
        requireFreeId(m_stores->stories.find(story.id).has_value(), kStoryIdTaken, story.id.value);
        restored.clear();
        Story kept = story;
        // Tags and categories deleted since are left out rather than refusing the whole undo.
        kept.tags.removeIf([this](TagId t) { return !m_stores->tags.find(t); });
        kept.categories.removeIf([this](CategoryId c) { return !m_stores->categories.find(c); });
        const StoryId inserted = m_stores->stories.insert(kept);
        restored = putBackLinks(links);
        m_stores->search.indexNewStory(inserted);
        return inserted.value;
    }));
    announceLinks(restored, Kind::Added);
    return id;
}

void Bank::updateStory(const Story& story)
{
    validate::story(story);
    updateRow(m_stores->stories, story, Entity::Story, kNoStory,
        [&] { m_stores->search.reindexStory(story.id); });
}

void Bank::removeStory(StoryId id)
{
    const QList<StoryQuestionLink> links = m_stores->links.ofStory(id);
    removeRow(
        m_stores->stories, id, Entity::Story, kNoStory, [&] { m_stores->search.removeStory(id); });
    m_removedIndexedText = true;
    announceLinks(links, Kind::Removed);
}

QList<StoryQuestionLink> Bank::putBackLinks(const QList<StoryQuestionLink>& links)
{
    QList<StoryQuestionLink> restored;
    for (const StoryQuestionLink& link : links) {
        // The other end may be gone by now: that link stays gone.
        if (m_stores->stories.find(link.story) && m_stores->questions.find(link.question)) {
            m_stores->links.upsert(link);
            restored.append(link);
        }
    }
    return restored;
}

void Bank::announceLinks(const QList<StoryQuestionLink>& links, BankChange::Kind kind)
{
    for (const StoryQuestionLink& link : links)
        emit changed({Entity::Link, kind, link.story.value, link.question.value});
}

// Links

void Bank::link(const StoryQuestionLink& link)
{
    Transaction transaction(*m_db);
    require(m_stores->stories.find(link.story).has_value(), kNoStory, link.story.value);
    require(m_stores->questions.find(link.question).has_value(), kNoQuestion, link.question.value);
    const bool existed = m_stores->links.find(link.story, link.question).has_value();
    m_stores->links.upsert(link);
    transaction.commit();
    emit changed({Entity::Link, existed ? Kind::Updated : Kind::Added, link.story.value,
        link.question.value});
}

void Bank::unlink(StoryId story, QuestionId question)
{
    Transaction transaction(*m_db);
    if (!m_stores->links.remove(story, question))
        throw BankError(BankError::Code::NoSuchItem,
            tr("Story %1 is not linked to question %2.").arg(story.value).arg(question.value));
    transaction.commit();
    emit changed({Entity::Link, Kind::Removed, story.value, question.value});
}

std::optional<StoryQuestionLink> Bank::linkBetween(StoryId story, QuestionId question) const
{
    return m_stores->links.find(story, question);
}
QList<StoryQuestionLink> Bank::linksOfStory(StoryId story) const
{
    return m_stores->links.ofStory(story);
}
QList<StoryQuestionLink> Bank::linksOfQuestion(QuestionId question) const
{
    return m_stores->links.ofQuestion(question);
}
QList<StoryQuestionLink> Bank::links() const
{
    return m_stores->links.all();
}

// Whole-bank queries

QList<SearchHit> Bank::search(const QString& text, int limit) const
{
    return m_stores->search.search(text, limit);
}

QList<QuestionId> Bank::searchQuestions(const QString& text, SearchScope scope) const
{
    return m_stores->search.matchingQuestions(text, scope);
}

QList<StoryId> Bank::searchStories(const QString& text, SearchScope scope) const
{
    return m_stores->search.matchingStories(text, scope);
}

BankStats Bank::stats() const
{
    BankStats stats;
    stats.categories = m_stores->categories.count();
    stats.questions = m_stores->questions.count();
    stats.stories = m_stores->stories.count();
    stats.tags = m_stores->tags.count();
    stats.links = m_stores->links.count();
    stats.interviews = m_stores->interviews.count();
    stats.journalEntries = m_stores->journal.count();
    stats.practiceRecords = m_stores->practice.count();
    stats.schemaVersion = SchemaMigrator::currentVersion(*m_db);
    return stats;
}

QStringList Bank::repair()
{
    {
        Transaction transaction(*m_db);
        m_db->execScript("REINDEX;");
        // First from its own stored text, which mends a damaged index structure; then from the
        // tables, which mends an index that disagrees with them.
        m_db->execScript("INSERT INTO story_fts (story_fts) VALUES ('rebuild');\n"
                         "INSERT INTO question_fts (question_fts) VALUES ('rebuild');");
        m_stores->search.rebuild();
        transaction.commit();
    }
    // Nothing a user sees has changed, so there is nothing to announce.
    return problems();
}

QStringList Bank::problems() const
{
    QStringList found;
    for (auto query = m_db->query("PRAGMA integrity_check(20)"); query.next();) {
        if (query.text(0) != QLatin1String("ok"))
            found.append(tr("Database structure: %1").arg(query.text(0)));
    }
    // Tables WITHOUT ROWID report no row number, so the message names only the tables.
    for (auto query = m_db->query("PRAGMA foreign_key_check"); query.next();)
        found.append(
            tr("A row of %1 refers to a missing row of %2.").arg(query.text(0), query.text(2)));
    found.append(m_stores->search.problems());
    return found;
}

} // namespace sb
