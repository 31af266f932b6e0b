#include "tests/bench/support/RawRowWriter.h"

namespace sb::bench {

namespace {

const char* const kNow = "2026-11-30T12:00:00.000Z";

} // namespace

RawRowWriter::RawRowWriter(RawDatabase& db)
    : m_db(db), m_category(db.prepare("INSERT INTO category (name) VALUES (?1)")),
      m_tag(db.prepare("INSERT INTO tag (name) VALUES (?1)")),
      m_question(db.prepare("INSERT INTO question (text, kind, notes, created_at, updated_at) "
                            "VALUES (?1, 'behavioral', ?2, ?3, ?3)")),
      m_variant(db.prepare(
          "INSERT INTO question_variant (question_id, position, text) VALUES (?1, ?2, ?3)")),
      m_questionCategory(
          db.prepare("INSERT INTO question_category (question_id, category_id) VALUES (?1, ?2)")),
      m_questionFts(db.prepare(
          "INSERT INTO question_fts (rowid, text, variants, notes) VALUES (?1, ?2, ?3, ?4)")),
      m_story(db.prepare("INSERT INTO story (title, summary, situation, task, action, result, "
                         "learning, role, organization, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)")),
      m_cue(db.prepare("INSERT INTO story_cue (story_id, position, text) VALUES (?1, ?2, ?3)")),
      m_storyTag(db.prepare("INSERT INTO story_tag (story_id, tag_id) VALUES (?1, ?2)")),
      m_storyCategory(
          db.prepare("INSERT INTO story_category (story_id, category_id) VALUES (?1, ?2)")),
      m_storyFts(db.prepare("INSERT INTO story_fts (rowid, title, summary, situation, task, "
                            "action, result, learning, cues, tags) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
      m_link(db.prepare("INSERT OR IGNORE INTO story_question (story_id, question_id, fit, angle) "
                        "VALUES (?1, ?2, 'strong', ?3)"))
{
}

RawRowWriter::~RawRowWriter()
{
    for (sqlite3_stmt* statement : {m_category, m_tag, m_question, m_variant, m_questionCategory,
             m_questionFts, m_story, m_cue, m_storyTag, m_storyCategory, m_storyFts, m_link})
        sqlite3_finalize(statement);
}

void RawRowWriter::bindText(sqlite3_stmt* statement, int column, const QString& text)
{
    m_bound.append(text.toUtf8());
    sqlite3_bind_text(
        statement, column, m_bound.last().constData(), int(m_bound.last().size()), nullptr);
}

void RawRowWriter::insertPositioned(
    sqlite3_stmt* statement, int64_t parent, const QStringList& texts)
{
    for (int i = 0; i < texts.size(); ++i) {
        sqlite3_bind_int64(statement, 1, parent);
        sqlite3_bind_int(statement, 2, i);
        bindText(statement, 3, texts.at(i));
        m_db.run(statement);
    }
}

void RawRowWriter::insertPair(sqlite3_stmt* statement, int64_t first, int64_t second)
{
    sqlite3_bind_int64(statement, 1, first);
    sqlite3_bind_int64(statement, 2, second);
    m_db.run(statement);
}

int64_t RawRowWriter::category(const QString& name)
{
    if (const auto found = m_categories.constFind(name); found != m_categories.cend())
        return *found;
    bindText(m_category, 1, name);
    m_db.run(m_category);
    return m_categories[name] = sqlite3_last_insert_rowid(m_db.handle());
}

int64_t RawRowWriter::tag(const QString& name)
{
    if (const auto found = m_tags.constFind(name); found != m_tags.cend())
        return *found;
    bindText(m_tag, 1, name);
    m_db.run(m_tag);
    return m_tags[name] = sqlite3_last_insert_rowid(m_db.handle());
}

int64_t RawRowWriter::question(const ImportedQuestion& imported)
{
    const Question& question = imported.question;
    if (const auto found = m_questions.constFind(question.text); found != m_questions.cend())
        return *found;
    bindText(m_question, 1, question.text);
    bindText(m_question, 2, question.notes);
    sqlite3_bind_text(m_question, 3, kNow, -1, nullptr);
    m_db.run(m_question);
    const int64_t id = sqlite3_last_insert_rowid(m_db.handle());
    insertPositioned(m_variant, id, question.variants);
    for (const QString& name : imported.categoryNames)
        insertPair(m_questionCategory, id, category(name));
    sqlite3_bind_int64(m_questionFts, 1, id);
    bindText(m_questionFts, 2, question.text);
    bindText(m_questionFts, 3, question.variants.join(QLatin1Char('\n')));
    bindText(m_questionFts, 4, question.notes);
    m_db.run(m_questionFts);
    m_bound.clear();
    return m_questions[question.text] = id;
}

int64_t RawRowWriter::story(const ImportedStory& imported)
{
    const Story& story = imported.story;
    const QString fields[] {story.title, story.summary, story.situation, story.task, story.action,
        story.result, story.learning, story.role, story.organization};
    for (int i = 0; i < int(std::size(fields)); ++i)
        bindText(m_story, i + 1, fields[i]);
    sqlite3_bind_text(m_story, 10, kNow, -1, nullptr);
    m_db.run(m_story);
    const int64_t id = sqlite3_last_insert_rowid(m_db.handle());
    insertPositioned(m_cue, id, story.cues);
    for (const QString& name : imported.tagNames)
        insertPair(m_storyTag, id, tag(name));
    for (const QString& name : imported.categoryNames)
        insertPair(m_storyCategory, id, category(name));
    sqlite3_bind_int64(m_storyFts, 1, id);
    for (int i = 0; i < 7; ++i)
        bindText(m_storyFts, i + 2, fields[i]);
    bindText(m_storyFts, 9, story.cues.join(QLatin1Char('\n')));
    bindText(m_storyFts, 10, imported.tagNames.join(QLatin1Char(' ')));
    m_db.run(m_storyFts);
    m_bound.clear();
    return id;
}

void RawRowWriter::write(const QList<ImportDocument>& documents)
{
    m_db.exec("BEGIN");
    for (const ImportDocument& document : documents) {
        QHash<int64_t, int64_t> questionIds; // document-local key → row
        for (const ImportedQuestion& imported : document.questions)
            questionIds.insert(imported.question.id.value, question(imported));
        for (const ImportedStory& imported : document.stories) {
            if (imported.reference)
                continue;
            const int64_t storyId = story(imported);
            for (const StoryQuestionLink& link : imported.links) {
                sqlite3_bind_int64(m_link, 1, storyId);
                sqlite3_bind_int64(m_link, 2, questionIds.value(link.question.value));
                bindText(m_link, 3, link.angle);
                m_db.run(m_link);
                m_bound.clear();
            }
        }
    }
    m_db.exec("COMMIT");
}

} // namespace sb::bench
