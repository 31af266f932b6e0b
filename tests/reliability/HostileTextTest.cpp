#include "tests/support/TempBank.h"

#include <QFile>

#include <algorithm>

#include <sqlite3.h>

namespace sb::test {
namespace {

struct Hostile {
    const char* name;
    QString text;
};

const Hostile kTexts[] = {
    {"SqlInjection", QStringLiteral("'; DROP TABLE story;-- \" OR 1=1; DELETE FROM tag")},
    {"LikeWildcards", QStringLiteral("100% of _all_ \\ escapes \\% \\_ %%")},
    {"FtsSyntax", QStringLiteral("\"unclosed NEAR(a b) AND OR NOT * ^ col:x")},
    {"Emoji", QStringLiteral("Shipped 🚀 with 👩🏽‍💻 and 🇯🇵")},
    {"CombiningMarks", QStringLiteral("Ame\u0301lie Zoe\u0308 n\u0303")},
    {"RightToLeft", QStringLiteral("قدت الفريق \u202Eabc\u202C שלום")},
    {"OneMegabyte", QStringLiteral("Longer than any story. ").repeated(48000)},
};

// The schema as SQLite describes it: what hostile text must never change.
QByteArray schemaOf(const QString& path)
{
    sqlite3* db = nullptr;
    QByteArray schema;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(
            db, "SELECT type, name, sql FROM sqlite_master ORDER BY name", -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < 3; ++column) {
                const auto* text = sqlite3_column_text(statement, column);
                schema += text ? reinterpret_cast<const char*>(text) : "";
                schema += '\n';
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return schema;
}

// Guarantee 10: whatever people type (or paste) comes back byte for byte, in every field and
// the search box, and never acts as SQL or search syntax.
class HostileTextTest : public TempBankTest, public ::testing::WithParamInterface<Hostile> { };

TEST_P(HostileTextTest, EveryFieldAndTheSearchBoxTakeItAndGiveItBackExactly)
{
    const QString text = GetParam().text;
    bank().addStory(sampleStory(QStringLiteral("Neighbour")));
    const QByteArray schemaBefore = schemaOf(bankPath());
    EXPECT_NO_THROW(bank().search(text, 20)) << "pasted into the search box";

    Story story;
    story.title = story.summary = story.situation = story.task = text;
    story.action = story.result = story.learning = story.role = text;
    story.organization = story.period = text;
    story.cues = {text};
    const StoryId storyId = bank().addStory(story);
    Question question;
    question.text = question.notes = text;
    question.variants = {text};
    const QuestionId questionId = bank().addQuestion(question);
    // Names are labels: the bank trims spaces around them by design, so none are given here.
    const QString name = text.left(200).trimmed();
    Tag tag;
    tag.name = name;
    const TagId tagId = bank().addTag(tag);
    Category category;
    category.name = name;
    category.description = text;
    const CategoryId categoryId = bank().addCategory(category);
    // Search finds it, 1 MB of the same words in every field included (FTS5's own snippet
    // of such a story would take minutes).
    EXPECT_NO_THROW(bank().search(text, 20));
    const QList<SearchHit> hits = bank().search(text.left(40), 20);
    EXPECT_TRUE(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit& hit) {
        return hit.kind == SearchHit::Kind::Story && hit.id == storyId.value;
    })) << "the story was not found by its own first words";
    closeBank();

    auto reopened = Bank::open(bankPath());
    const Story back = *reopened->story(storyId);
    for (const QString& field : {back.title, back.summary, back.situation, back.task, back.action,
             back.result, back.learning, back.role, back.organization, back.period})
        EXPECT_EQ(field.toUtf8(), text.toUtf8());
    EXPECT_EQ(back.cues, QStringList {text});
    const Question questionBack = *reopened->question(questionId);
    EXPECT_EQ(questionBack.text, text);
    EXPECT_EQ(questionBack.notes, text);
    EXPECT_EQ(questionBack.variants, QStringList {text});
    EXPECT_EQ(reopened->tag(tagId)->name, name);
    EXPECT_EQ(reopened->category(categoryId)->name, name);
    EXPECT_EQ(reopened->category(categoryId)->description, text);
    EXPECT_EQ(reopened->stats().stories, 2) << "nothing was deleted";
    reopened.reset();
    EXPECT_EQ(schemaOf(bankPath()), schemaBefore);
}

INSTANTIATE_TEST_SUITE_P(Texts, HostileTextTest, ::testing::ValuesIn(kTexts),
    [](const auto& info) { return std::string(info.param.name); });

} // namespace
} // namespace sb::test
