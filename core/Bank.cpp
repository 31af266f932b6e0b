#include "core/Bank.h"

#include "core/BankConnection.h"
#include "core/BankError.h"
#include "core/BankStores.h"
#include "core/BankValidation.h"
#include "core/SchemaMigrator.h"
#include "core/StarterCatalog.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>

namespace sb {

namespace {

using Entity = BankChange::Entity;
using Kind = BankChange::Kind;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sb::Bank", text, disambiguation, n);
}

[[noreturn]] void noSuch(const char* what, int64_t id)
{
    throw BankError(
        BankError::Code::NoSuchItem, tr("There is no %1 with id %2.").arg(tr(what)).arg(id));
}

void require(bool found, const char* what, int64_t id)
{
    if (!found)
        noSuch(what, id);
}

template<typename T>
void requireUniqueName(const std::optional<T>& existing, const T& item, const char* what)
{
    if (existing && existing->id != item.id)
        throw BankError(BankError::Code::Duplicate,
            tr("A %1 named “%2” already exists.").arg(tr(what), existing->name));
}

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

Bank::~Bank() = default;

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

std::unique_ptr<Bank> Bank::open(const QString& path)
{
    return open(path, builtInMigrator());
}

std::unique_ptr<Bank> Bank::open(const QString& path, const SchemaMigrator& migrator)
{
    return std::unique_ptr<Bank>(new Bank(path, bankconnection::open(path, migrator)));
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
        m_stores->search.reindexQuestion(m_stores->questions.insert(question));
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
    requireUniqueName(categoryNamed(category.name), category, "category");
    return CategoryId(write(Entity::Category, Kind::Added, [&] {
        Category added = category;
        if (added.position == 0)
            added.position = m_stores->categories.nextPosition();
        return m_stores->categories.insert(added).value;
    }));
}

void Bank::updateCategory(const Category& category)
{
    validate::category(category);
    requireUniqueName(categoryNamed(category.name), category, "category");
    write(Entity::Category, Kind::Updated, [&] {
        require(m_stores->categories.update(category), "category", category.id.value);
        return category.id.value;
    });
}

void Bank::removeCategory(CategoryId id)
{
    write(Entity::Category, Kind::Removed, [&] {
        require(m_stores->categories.remove(id), "category", id.value);
        return id.value;
    });
}

// Questions

QList<Question> Bank::questions() const
{
    return m_stores->questions.all();
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
    return QuestionId(write(Entity::Question, Kind::Added, [&] {
        const QuestionId id = m_stores->questions.insert(question);
        m_stores->search.reindexQuestion(id);
        return id.value;
    }));
}

void Bank::updateQuestion(const Question& question)
{
    validate::question(question);
    write(Entity::Question, Kind::Updated, [&] {
        require(m_stores->questions.update(question), "question", question.id.value);
        m_stores->search.reindexQuestion(question.id);
        return question.id.value;
    });
}

void Bank::removeQuestion(QuestionId id)
{
    write(Entity::Question, Kind::Removed, [&] {
        require(m_stores->questions.remove(id), "question", id.value);
        m_stores->search.removeQuestion(id);
        return id.value;
    });
}

// Stories

QList<Story> Bank::stories() const
{
    return m_stores->stories.all();
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
        for (const QString& name : newTagNames) {
            if (const auto existing = m_stores->tags.findByName(name)) {
                withTags.tags.append(existing->id);
            } else {
                createdTags.append(m_stores->tags.insert({TagId(), name, QString()}));
                withTags.tags.append(createdTags.last());
            }
        }
        const StoryId id = m_stores->stories.insert(withTags);
        m_stores->search.reindexStory(id);
        return id.value;
    }));
    for (TagId tag : createdTags)
        emit changed({Entity::Tag, Kind::Added, tag.value});
    return added;
}

void Bank::updateStory(const Story& story)
{
    validate::story(story);
    write(Entity::Story, Kind::Updated, [&] {
        require(m_stores->stories.update(story), "story", story.id.value);
        m_stores->search.reindexStory(story.id);
        return story.id.value;
    });
}

void Bank::removeStory(StoryId id)
{
    write(Entity::Story, Kind::Removed, [&] {
        require(m_stores->stories.remove(id), "story", id.value);
        m_stores->search.removeStory(id);
        return id.value;
    });
}

// Tags

QList<Tag> Bank::tags() const
{
    return m_stores->tags.all();
}
std::optional<Tag> Bank::tag(TagId id) const
{
    return m_stores->tags.find(id);
}
std::optional<Tag> Bank::tagNamed(const QString& name) const
{
    return m_stores->tags.findByName(name);
}

TagId Bank::addTag(const Tag& tag)
{
    validate::tag(tag);
    requireUniqueName(tagNamed(tag.name), tag, "tag");
    return TagId(write(Entity::Tag, Kind::Added, [&] { return m_stores->tags.insert(tag).value; }));
}

TagId Bank::ensureTag(const QString& name)
{
    if (const auto existing = tagNamed(name))
        return existing->id;
    return addTag({TagId(), name, QString()});
}

void Bank::updateTag(const Tag& tag)
{
    validate::tag(tag);
    requireUniqueName(tagNamed(tag.name), tag, "tag");
    write(Entity::Tag, Kind::Updated, [&] {
        require(m_stores->tags.update(tag), "tag", tag.id.value);
        for (StoryId story : m_stores->stories.withTag(tag.id)) // tag names are searchable
            m_stores->search.reindexStory(story);
        return tag.id.value;
    });
}

void Bank::removeTag(TagId id)
{
    write(Entity::Tag, Kind::Removed, [&] {
        const QList<StoryId> tagged = m_stores->stories.withTag(id);
        require(m_stores->tags.remove(id), "tag", id.value);
        for (StoryId story : tagged)
            m_stores->search.reindexStory(story);
        return id.value;
    });
}

// Links

void Bank::link(const StoryQuestionLink& link)
{
    write(Entity::Link, Kind::Updated, [&] {
        require(m_stores->stories.find(link.story).has_value(), "story", link.story.value);
        require(
            m_stores->questions.find(link.question).has_value(), "question", link.question.value);
        m_stores->links.upsert(link);
        return link.story.value;
    });
}

void Bank::unlink(StoryId story, QuestionId question)
{
    write(Entity::Link, Kind::Removed, [&] {
        if (!m_stores->links.remove(story, question))
            throw BankError(BankError::Code::NoSuchItem,
                tr("Story %1 is not linked to question %2.").arg(story.value).arg(question.value));
        return story.value;
    });
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

// Interviews

QList<Interview> Bank::interviews() const
{
    return m_stores->interviews.all();
}
std::optional<Interview> Bank::interview(InterviewId id) const
{
    return m_stores->interviews.find(id);
}

InterviewId Bank::addInterview(const Interview& interview)
{
    return InterviewId(write(Entity::Interview, Kind::Added,
        [&] { return m_stores->interviews.insert(interview).value; }));
}

void Bank::updateInterview(const Interview& interview)
{
    write(Entity::Interview, Kind::Updated, [&] {
        require(m_stores->interviews.update(interview), "interview", interview.id.value);
        return interview.id.value;
    });
}

void Bank::removeInterview(InterviewId id)
{
    write(Entity::Interview, Kind::Removed, [&] {
        require(m_stores->interviews.remove(id), "interview", id.value);
        return id.value;
    });
}

// Journal

QList<JournalEntry> Bank::journal() const
{
    return m_stores->journal.all();
}
std::optional<JournalEntry> Bank::journalEntry(JournalEntryId id) const
{
    return m_stores->journal.find(id);
}

JournalEntryId Bank::addJournalEntry(const JournalEntry& entry)
{
    return JournalEntryId(
        write(Entity::Journal, Kind::Added, [&] { return m_stores->journal.insert(entry).value; }));
}

void Bank::updateJournalEntry(const JournalEntry& entry)
{
    write(Entity::Journal, Kind::Updated, [&] {
        require(m_stores->journal.update(entry), "journal entry", entry.id.value);
        return entry.id.value;
    });
}

void Bank::removeJournalEntry(JournalEntryId id)
{
    write(Entity::Journal, Kind::Removed, [&] {
        require(m_stores->journal.remove(id), "journal entry", id.value);
        return id.value;
    });
}

// Practice

QList<PracticeRecord> Bank::practiceRecords() const
{
    return m_stores->practice.all();
}
QList<PracticeRecord> Bank::practiceOfStory(StoryId story) const
{
    return m_stores->practice.ofStory(story);
}
std::optional<PracticeRecord> Bank::practiceRecord(PracticeRecordId id) const
{
    return m_stores->practice.find(id);
}

PracticeRecordId Bank::addPracticeRecord(const PracticeRecord& record)
{
    validate::practiceRecord(record);
    return PracticeRecordId(write(
        Entity::Practice, Kind::Added, [&] { return m_stores->practice.insert(record).value; }));
}

void Bank::updatePracticeRecord(const PracticeRecord& record)
{
    validate::practiceRecord(record);
    write(Entity::Practice, Kind::Updated, [&] {
        require(m_stores->practice.update(record), "practice record", record.id.value);
        return record.id.value;
    });
}

void Bank::removePracticeRecord(PracticeRecordId id)
{
    write(Entity::Practice, Kind::Removed, [&] {
        require(m_stores->practice.remove(id), "practice record", id.value);
        return id.value;
    });
}

// Whole-bank queries

QList<SearchHit> Bank::search(const QString& text, int limit) const
{
    return m_stores->search.search(text, limit);
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

QStringList Bank::problems() const
{
    QStringList found;
    for (auto query = m_db->query("PRAGMA integrity_check(20)"); query.next();) {
        if (query.text(0) != QLatin1String("ok"))
            found.append(tr("Database structure: %1").arg(query.text(0)));
    }
    for (auto query = m_db->query("PRAGMA foreign_key_check"); query.next();)
        found.append(tr("Row %1 of %2 refers to a missing row in %3.")
                         .arg(query.integer(1))
                         .arg(query.text(0), query.text(2)));
    found.append(m_stores->search.problems());
    return found;
}

} // namespace sb
