#pragma once

#include "core/exchange/ImportDocument.h"
#include "core/exchange/ImportSummary.h"
#include "core/model/BankChange.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace sb {

struct BankStores;

// The work of one Bank::importDocuments() call, done inside the Bank's transaction: what the
// documents bring is matched with what the bank holds (categories and tags by name, questions by
// normalised text, stories by title) and only what is new is written. It records what changed so
// the Bank can announce it once the transaction has committed. Private to the Bank.
class BankImportRun {
public:
    explicit BankImportRun(BankStores& stores);

    void apply(const QList<ImportDocument>& documents);

    const ImportSummary& summary() const { return m_summary; }
    // In the order they were made, for announcing after commit.
    const QList<BankChange>& changes() const { return m_changes; }

private:
    // Document-local keys of one document mapped to the bank's ids.
    struct Keys {
        QHash<int64_t, QuestionId> questions;
        QHash<int64_t, StoryId> stories;
    };

    void loadExisting();
    CategoryId ensureCategory(const Category& category);
    CategoryId ensureCategoryNamed(const QString& name);
    TagId ensureTag(const Tag& tag);
    QList<CategoryId> categoryIds(const QStringList& names);
    QList<TagId> tagIds(const QStringList& names);

    void importQuestions(const ImportDocument& document, Keys& keys);
    QuestionId addOrReuse(const ImportedQuestion& imported);
    void importStories(const ImportDocument& document, bool references, Keys& keys);
    StoryId addOrReuse(const ImportedStory& imported);
    void keepDismissals(StoryId story, const QStringList& rules);
    void importLinks(const ImportDocument& document, const Keys& keys);
    void importRecords(const ImportDocument& document, const Keys& keys);
    // Sets lost when something the interview named was left out of the import.
    static Interview withBankIds(Interview interview, const Keys& keys, bool& lost);
    // A record the bank would refuse refuses the file, naming the record (refusal: "%1: the …
    // “%2” cannot be imported: %3", marked for translation).
    void refuseInvalid(const ImportDocument& document, const char* refusal, const QString& item,
        const std::function<void()>& check);
    void writeNamingTheItem(const ImportDocument& document, const QString& item, int line,
        const char* refusal, const std::function<void()>& write);
    // Announced once after commit, and re-indexed once at the end of the run.
    void markUpdated(QuestionId question);
    void markUpdated(StoryId story);
    void warn(const ImportDocument& document, int line, const QString& message);
    void changed(BankChange::Entity entity, BankChange::Kind kind, int64_t id, int64_t other = 0);

    BankStores& m_stores;
    ImportSummary m_summary;
    QList<BankChange> m_changes;
    QHash<QString, CategoryId> m_categories; // by case-folded name
    QHash<QString, TagId> m_tags; // by case-folded name
    QHash<QString, QuestionId> m_questions; // by normalised text
    QHash<QString, QList<StoryId>> m_stories; // by case-folded title, in bank order
    QHash<QString, qsizetype> m_titleTurns; // stories of each title met so far in this import
    QSet<QuestionId> m_updatedQuestions;
    QSet<StoryId> m_updatedStories;
    QSet<StoryId> m_addedStories;
    int m_nextCategoryPosition = 0;
};

} // namespace sb
