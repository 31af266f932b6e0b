#pragma once

#include "core/exchange/ImportSummary.h"
#include "core/model/BankChange.h"
#include "core/model/BankStats.h"
#include "core/model/Category.h"
#include "core/model/Interview.h"
#include "core/model/JournalEntry.h"
#include "core/model/PracticeRecord.h"
#include "core/model/Question.h"
#include "core/model/QuestionSummary.h"
#include "core/model/SearchHit.h"
#include "core/model/Story.h"
#include "core/model/StoryQuestionLink.h"
#include "core/model/StorySummary.h"
#include "core/model/Tag.h"
#include "core/practice/DuePractice.h"
#include "core/practice/Recall.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace sb {

class Database;
class SchemaMigrator;
struct BankStores;

// The one door to a bank file for every front end. Each write is one transaction; changed()
// is emitted only after it has committed. Failures throw BankError with a message for the user,
// and leave the bank as it was.
class Bank : public QObject {
    Q_OBJECT

public:
    struct CreateOptions {
        bool starterCatalog = true; // the starter categories and questions
    };

    static std::unique_ptr<Bank> create(const QString& path, CreateOptions options);
    static std::unique_ptr<Bank> create(const QString& path) { return create(path, {}); }
    struct OpenOptions {
        // Reading every page to prove the file healthy takes a quarter of a second on a bank
        // of 10,000 stories. A caller that runs verify() itself soon after, on another thread,
        // may skip it here so its window is not kept waiting. An upgrade always checks first.
        bool checkIntegrity = true;
    };

    static std::unique_ptr<Bank> open(const QString& path, OpenOptions options);
    static std::unique_ptr<Bank> open(const QString& path) { return open(path, OpenOptions {}); }
    // The same, with a schema other than the built-in one (tests of migration).
    static std::unique_ptr<Bank> open(const QString& path, const SchemaMigrator& migrator);
    // Checks, without writing a byte, that path is a bank this version can open; throws the
    // BankError that says why not.
    static void verify(const QString& path);
    ~Bank() override;

    QString path() const { return m_path; }
    // Where the bank's recorded answers are kept (recordingsFolderFor in core/BankLocation.h).
    QString recordingsFolder() const;
    // Writes a complete copy of the bank to target (Save a Copy As); this bank stays open here.
    void saveCopy(const QString& target) const;
    static int latestSchemaVersion();

    QList<Category> categories() const;
    std::optional<Category> category(CategoryId id) const;
    std::optional<Category> categoryNamed(const QString& name) const;
    CategoryId addCategory(const Category& category);
    void updateCategory(const Category& category);
    // Questions and stories filed under it lose it; each is announced as updated.
    void removeCategory(CategoryId id);
    // Puts back a removed category with its id, filed again on these questions and stories.
    CategoryId restoreCategory(const Category& category, const QList<QuestionId>& questions,
        const QList<StoryId>& stories);

    QList<Question> questions() const;
    QList<QuestionSummary> questionSummaries() const; // for lists: no variants, notes, dates
    std::optional<Question> question(QuestionId id) const;
    QList<QuestionId> questionsInCategory(CategoryId id) const;
    QuestionId addQuestion(const Question& question);
    // Puts back a removed question with its id, categories and links (undo of a delete).
    QuestionId restoreQuestion(const Question& question, const QList<StoryQuestionLink>& links);
    void updateQuestion(const Question& question);
    // Its links go with it; each is announced as a removed link.
    void removeQuestion(QuestionId id);

    QList<Story> stories() const;
    // Titles, hooks, method and status only: for lists of many stories.
    QList<StorySummary> storySummaries() const;
    // A page of them in id order: at most `limit` stories with ids after `after`.
    QList<StorySummary> storySummaries(StoryId after, int limit) const;
    std::optional<StorySummary> storySummary(StoryId id) const;
    std::optional<Story> story(StoryId id) const;
    // Tags named in newTagNames are attached too, created when new, in the same transaction.
    StoryId addStory(const Story& story, const QStringList& newTagNames = {});
    // Puts back a removed story with its id, tags, categories and links (undo of a delete).
    StoryId restoreStory(const Story& story, const QList<StoryQuestionLink>& links);
    void updateStory(const Story& story);
    void removeStory(StoryId id);

    QList<Tag> tags() const;
    std::optional<Tag> tag(TagId id) const;
    std::optional<Tag> tagNamed(const QString& name) const;
    TagId addTag(const Tag& tag);
    // Puts back a removed tag with its id on these stories (undo of a delete).
    TagId restoreTag(const Tag& tag, const QList<StoryId>& stories = {});
    // The tag with this name, created when there is none yet.
    TagId ensureTag(const QString& name);
    void updateTag(const Tag& tag);
    // The stories it was on lose it; each is announced as updated.
    void removeTag(TagId id);
    // Every story with the tag from gets the tag into instead, and from is removed.
    void mergeTags(TagId from, TagId into);
    // Makes exactly these stories carry the tag (undo of a merge).
    void setStoriesWithTag(TagId tag, const QList<StoryId>& stories);

    // Membership seen from a tag or category, for filters and counts.
    QList<StoryId> storiesWithTag(TagId tag) const;
    QList<StoryId> storiesInCategory(CategoryId category) const;
    // Questions that at least one story answers.
    QList<QuestionId> answeredQuestions() const;
    QHash<TagId, int> storyCountByTag() const;
    QHash<CategoryId, int> storyCountByCategory() const;
    QHash<CategoryId, int> questionCountByCategory() const;

    // Links the story to the question, or changes fit and angle of an existing link.
    void link(const StoryQuestionLink& link);
    void unlink(StoryId story, QuestionId question);
    std::optional<StoryQuestionLink> linkBetween(StoryId story, QuestionId question) const;
    QList<StoryQuestionLink> linksOfStory(StoryId story) const;
    QList<StoryQuestionLink> linksOfQuestion(QuestionId question) const;
    // Every link of the bank, read at once (analysis over thousands of stories).
    QList<StoryQuestionLink> links() const;

    // Interviews are read and written whole: the row with its expected questions, planned and
    // told stories, questions to ask, company values and pitch. Every question and story they
    // name must exist. Listed by date, the earliest first, undated last.
    QList<Interview> interviews() const;
    std::optional<Interview> interview(InterviewId id) const;
    InterviewId addInterview(const Interview& interview);
    // Puts back a removed interview with its id (undo of a delete); questions and stories
    // deleted since are left out rather than refusing the whole undo.
    InterviewId restoreInterview(const Interview& interview);
    void updateInterview(const Interview& interview);
    void removeInterview(InterviewId id);
    // Expects question at the interview (added last when it is not expected yet) and plans
    // story for it; planning the same story twice changes nothing.
    void planStory(InterviewId interview, QuestionId question, StoryId story);
    // The "Tell me about yourself" answer for interviews without their own, and the sheet's.
    Pitch defaultPitch() const;
    void setDefaultPitch(const Pitch& pitch);

    QList<JournalEntry> journal() const; // newest first
    std::optional<JournalEntry> journalEntry(JournalEntryId id) const;
    JournalEntryId addJournalEntry(const JournalEntry& entry);
    void updateJournalEntry(const JournalEntry& entry);
    void removeJournalEntry(JournalEntryId id);
    // Puts back an entry removed before (undo), with its id and times; a story it pointed at
    // that is gone since is dropped from it rather than refusing the undo.
    JournalEntryId restoreJournalEntry(const JournalEntry& entry);
    // Writes the entry's draft story (storymaterial::draftStory) with the entry's tags, and
    // points the entry at it, in one transaction; announces both. An entry already promoted
    // is refused, so one accomplishment does not become two stories by a double click.
    StoryId promoteJournalEntry(JournalEntryId id);
    // The entry a story was promoted from (the story's back-reference), if any.
    std::optional<JournalEntry> journalEntryOfStory(StoryId story) const;
    // Every entry pointing at the story: an import can bring more than one.
    QList<JournalEntry> journalEntriesOfStory(StoryId story) const;

    QList<PracticeRecord> practiceRecords() const;
    QList<PracticeRecord> practiceOfStory(StoryId story) const;
    std::optional<PracticeRecord> practiceRecord(PracticeRecordId id) const;
    PracticeRecordId addPracticeRecord(const PracticeRecord& record);
    void updatePracticeRecord(const PracticeRecord& record);
    void removePracticeRecord(PracticeRecordId id);
    // Records one practice of item, at when, with its next practice scheduled from the item's
    // last one (SM-2, core/practice/ReviewScheduler.h), and returns it as written. recording is
    // the answer's audio file, by name, in recordingsFolder(); empty when it was not recorded.
    PracticeRecord logPractice(const PracticeItem& item, Recall recall, int seconds,
        const QDateTime& when, const QString& recording = {});
    // The item's latest practice, which schedules its next one; none if never practised.
    std::optional<PracticeRecord> lastPractice(const PracticeItem& item) const;
    // Items due for practice on today (passed in, so a fixed clock can be used), most
    // overdue first.
    QList<practice::DueItem> duePractice(QDate today) const;

    // Adds what the documents bring, all of them in one transaction (all or nothing).
    // Categories and tags are matched by name and questions by normalised text (case,
    // whitespace, trailing punctuation), stories by title (case-insensitively), and reused;
    // so importing the same file twice adds nothing the second time. With dryRun the same work
    // is done and rolled back: the summary says what an import would add, nothing is kept and
    // nothing is announced.
    ImportSummary importDocuments(const QList<ImportDocument>& documents, bool dryRun = false);

    // Story coach findings the user has set aside for a story, by rule id; they stay dismissed
    // until restored. Each change is announced as the story updated.
    QSet<QString> dismissedCoachRules(StoryId story) const;
    void dismissCoachRule(StoryId story, const QString& rule);
    void restoreCoachRule(StoryId story, const QString& rule);

    QList<SearchHit> search(const QString& text, int limit = 50) const;
    // Every story (question) search() finds for text, or only those with every word in the
    // headline, in id order; cheap enough to run per keystroke on a bank of thousands.
    QList<QuestionId> searchQuestions(
        const QString& text, SearchScope scope = SearchScope::Anywhere) const;
    QList<StoryId> searchStories(
        const QString& text, SearchScope scope = SearchScope::Anywhere) const;
    BankStats stats() const;
    // A full integrity, foreign-key and search-index check; empty when all is well.
    QStringList problems() const;
    // Rebuilds, in one transaction, what can be rebuilt from the tables: every index (REINDEX)
    // and the search index. Returns problems() afterwards: what a rebuild cannot mend (damaged
    // tables) is left for a backup. Take a copy first (BankBackups::keepCopyBefore).
    QStringList repair();

signals:
    void changed(const sb::BankChange& change);

private:
    Bank(QString path, std::unique_ptr<Database> db);
    void loadStarterCatalog();
    // Inside a write: puts back the links whose two ends exist; returns those put back.
    QList<StoryQuestionLink> putBackLinks(const QList<StoryQuestionLink>& links);
    void announceLinks(const QList<StoryQuestionLink>& links, BankChange::Kind kind);
    template<typename IdT> void announceUpdated(BankChange::Entity entity, const QList<IdT>& ids);

    // Runs work (which returns the id it touched) in one transaction, then announces the
    // change once it has committed.
    int64_t write(
        BankChange::Entity entity, BankChange::Kind kind, const std::function<int64_t()>& work);

    // The common shapes of write: one row through its store, then alsoDo (re-indexing) in the
    // same transaction. noSuchText is the message when the row does not exist.
    template<typename Store, typename Item>
    auto addRow(Store& store, const Item& item, BankChange::Entity entity,
        const std::function<void(int64_t)>& alsoDo = {});
    template<typename Store, typename Item>
    void updateRow(Store& store, const Item& item, BankChange::Entity entity,
        const char* noSuchText, const std::function<void()>& alsoDo = {});
    template<typename Store, typename IdT>
    void removeRow(Store& store, IdT id, BankChange::Entity entity, const char* noSuchText,
        const std::function<void()>& alsoDo = {});

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BankStores> m_stores;
    // A story or question was removed since the bank opened: its words still sit in the search
    // index's older segments until those are merged, so they are merged when the bank closes.
    bool m_removedIndexedText = false;
};

} // namespace sb
