#include "core/exchange/ImportError.h"
#include "core/exchange/JsonImporter.h"

#include <gtest/gtest.h>

namespace sb::test {
namespace {

const QString kSource = QStringLiteral("library.json");

// A small file of our format with one of everything that refers to something; each refusal
// test breaks one thing in it.
QByteArray fileWith(const char* questions, const char* stories, const char* rest = "")
{
    return QByteArray(R"({"format": "storybank", "version": 1, "questions": )") + questions
        + R"(, "stories": )" + stories + rest + "}";
}

const char* kQuestions = R"([{"id": 1, "text": "Tell me about a conflict."}])";
const char* kStories =
    R"([{"id": 4, "title": "Launch", "questions": [{"question": 1, "fit": "strong"}]}])";

// The message of the ImportError parse throws; a failure (and an empty text) when it throws
// nothing. Any other exception escapes and fails the test.
QString refusal(const QByteArray& bytes)
{
    try {
        JsonImporter::parse(bytes, kSource);
    } catch (const ImportError& error) {
        EXPECT_EQ(error.source(), kSource);
        EXPECT_TRUE(error.message().contains(kSource)) << error.message().toStdString();
        return error.message();
    }
    ADD_FAILURE() << "accepted: " << bytes.toStdString();
    return {};
}

#define EXPECT_REFUSED(bytes, phrase)                                                              \
    do {                                                                                           \
        const QString message = refusal(bytes);                                                    \
        EXPECT_TRUE(message.contains(QStringLiteral(phrase))) << message.toStdString();            \
    } while (false)

TEST(JsonImportRefusalTest, TheSmallFileTheTestsBreakIsAccepted)
{
    const ImportDocument doc = JsonImporter::parse(fileWith(kQuestions, kStories), kSource);
    ASSERT_EQ(doc.stories.size(), 1);
    ASSERT_EQ(doc.stories.at(0).links.size(), 1);
    EXPECT_EQ(doc.stories.at(0).story.id, StoryId(4));
    EXPECT_EQ(doc.stories.at(0).links.at(0).story, StoryId(4));
    EXPECT_EQ(doc.stories.at(0).links.at(0).question, QuestionId(1));
}

TEST(JsonImportRefusalTest, MissingFieldsGetDefaultsAndUnknownFieldsAreIgnored)
{
    const ImportDocument doc = JsonImporter::parse(
        R"({"format": "storybank", "version": 1, "exported_by": "StoryBank 2",
            "questions": [{"id": 3, "text": "Why us?", "colour": "#ffffff"}],
            "stories": [{"id": 1, "title": "Launch"}],
            "practice": [{"question": 3}], "journal": [{"title": "A win"}]})",
        kSource);
    ASSERT_EQ(doc.questions.size(), 1);
    EXPECT_EQ(doc.questions.at(0).question.kind, QuestionKind::Behavioral);
    EXPECT_TRUE(doc.questions.at(0).question.variants.isEmpty());
    EXPECT_FALSE(doc.questions.at(0).question.created.isValid());
    const Story& story = doc.stories.at(0).story;
    EXPECT_EQ(story.method, StoryMethod::Star);
    EXPECT_EQ(story.status, StoryStatus::Draft);
    EXPECT_EQ(story.impact, 0);
    EXPECT_TRUE(doc.stories.at(0).links.isEmpty());
    ASSERT_EQ(doc.practice.size(), 1);
    EXPECT_EQ(doc.practice.at(0).question, QuestionId(3));
    EXPECT_DOUBLE_EQ(doc.practice.at(0).ease, 2.5);
    // Rows without an id still get a key of their own.
    EXPECT_TRUE(doc.practice.at(0).id.isValid());
    ASSERT_EQ(doc.journal.size(), 1);
    EXPECT_TRUE(doc.journal.at(0).id.isValid());
    EXPECT_FALSE(doc.journal.at(0).story.isValid());
    EXPECT_FALSE(doc.journal.at(0).date.isValid());
}

TEST(JsonImportRefusalTest, TextThatIsNotJsonIsRefusedWithWhereItBroke)
{
    try {
        JsonImporter::parse(R"({"format": "storybank", "version": 1,, })", kSource);
        ADD_FAILURE() << "accepted";
    } catch (const ImportError& error) {
        EXPECT_GT(error.offset(), 0);
        EXPECT_TRUE(error.message().contains(QStringLiteral("not valid JSON")))
            << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QString::number(error.offset())));
    }
    EXPECT_REFUSED(QByteArray(), "not valid JSON");
}

TEST(JsonImportRefusalTest, ControlCharactersRawOrEscapedAreRefused)
{
    QByteArray raw = fileWith(R"([{"id": 1, "text": "Tell me X"}])", "[]");
    raw[raw.indexOf("X")] = '\x01';
    EXPECT_REFUSED(raw, "control character at byte offset");
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "text": "Tell me \u0000 about it"}])", "[]"),
        "control character (U+0000)");
    // Tabs and line breaks are text.
    EXPECT_NO_THROW(JsonImporter::parse(
        fileWith(R"([{"id": 1, "text": "Tell\tme\nabout it"}])", "[]"), kSource));
}

TEST(JsonImportRefusalTest, JsonThatIsNotOurFormatIsRefused)
{
    EXPECT_REFUSED(R"([1, 2, 3])", "not a StoryBank JSON export");
    EXPECT_REFUSED(R"({"questions": []})", "not a StoryBank JSON export");
    EXPECT_REFUSED(R"({"format": "anki", "version": 1})", "not a StoryBank JSON export");
    EXPECT_REFUSED(R"({"format": "storybank"})", "\"version\"");
    EXPECT_REFUSED(R"({"format": "storybank", "version": "1"})", "\"version\" should be");
    EXPECT_REFUSED(R"({"format": "storybank", "version": 0})", "\"version\"");
}

TEST(JsonImportRefusalTest, AFileOfANewerVersionIsRefused)
{
    EXPECT_REFUSED(R"({"format": "storybank", "version": 2, "stories": []})",
        "made by a newer version of StoryBank");
}

TEST(JsonImportRefusalTest, ReferencesToIdsNotInTheFileAreRefused)
{
    EXPECT_REFUSED(
        fileWith(kQuestions, R"([{"id": 4, "title": "Launch", "questions": [{"question": 9}]}])"),
        "refers to question 9, which is not in the file");
    EXPECT_REFUSED(fileWith(kQuestions, kStories, R"(, "journal": [{"id": 1, "story": 5}])"),
        "refers to story 5");
    EXPECT_REFUSED(fileWith(kQuestions, kStories, R"(, "practice": [{"id": 1, "story": 1}])"),
        "refers to story 1");
    EXPECT_REFUSED(
        fileWith(kQuestions, kStories, R"(, "practice": [{"id": 1, "story": 4, "question": 4}])"),
        "refers to question 4");
    EXPECT_REFUSED(fileWith(kQuestions, kStories, R"(, "practice": [{"id": 1}])"),
        "neither a story nor a question");
    EXPECT_REFUSED(
        fileWith(kQuestions, R"([{"id": 4, "title": "Launch", "questions": [{"fit": "strong"}]}])"),
        "\"question\"");
}

TEST(JsonImportRefusalTest, DuplicateIdsAreRefused)
{
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "text": "A?"}, {"id": 1, "text": "B?"}])", kStories),
        "item 2 of \"questions\" uses the id 1, which another question already has");
    EXPECT_REFUSED(fileWith(kQuestions, R"([{"id": 2, "title": "A"}, {"id": 2, "title": "B"}])"),
        "which another story already has");
    EXPECT_REFUSED(fileWith(kQuestions, kStories, R"(, "interviews": [{"id": 7}, {"id": 7}])"),
        "which another interview already has");
}

TEST(JsonImportRefusalTest, UnknownEnumKeysAreRefused)
{
    EXPECT_REFUSED(
        fileWith(R"([{"id": 1, "text": "A?", "kind": "riddle"}])", "[]"), "\"kind\" is \"riddle\"");
    EXPECT_REFUSED(
        fileWith(kQuestions, R"([{"id": 1, "method": "SOAR"}])"), "\"method\" is \"SOAR\"");
    EXPECT_REFUSED(
        fileWith(kQuestions, R"([{"id": 1, "status": "done"}])"), "\"status\" is \"done\"");
    EXPECT_REFUSED(
        fileWith(kQuestions, R"([{"id": 1, "questions": [{"question": 1, "fit": "loose"}]}])"),
        "item 1 of \"questions\" in item 1 of \"stories\", \"fit\" is \"loose\"");
}

TEST(JsonImportRefusalTest, FieldsOfTheWrongTypeAreRefusedNamingTheField)
{
    EXPECT_REFUSED(fileWith(kQuestions, R"([{"id": 1, "impact": "high"}])"),
        "in item 1 of \"stories\", \"impact\" should be a whole number");
    EXPECT_REFUSED(fileWith(kQuestions, R"([{"id": 1, "impact": 2.5}])"), "\"impact\"");
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "variants": "one"}])", "[]"), "\"variants\"");
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "variants": ["a", 2]}])", "[]"), "\"variants\"");
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "text": 42}])", "[]"), "\"text\" should be text");
    EXPECT_REFUSED(fileWith(R"([{"id": "one"}])", "[]"), "\"id\"");
    EXPECT_REFUSED(fileWith(R"([{"id": -3}])", "[]"), "\"id\"");
    EXPECT_REFUSED(fileWith(R"([{"id": 1, "created": "yesterday"}])", "[]"), "\"created\"");
    EXPECT_REFUSED(
        fileWith(kQuestions, kStories, R"(, "journal": [{"date": "March"}])"), "\"date\"");
    EXPECT_REFUSED(
        fileWith(kQuestions, kStories, R"(, "practice": [{"question": 1, "ease": "x"}])"),
        "\"ease\"");
    EXPECT_REFUSED(fileWith(R"({"id": 1})", "[]"), "\"questions\" should be a list");
    EXPECT_REFUSED(fileWith(R"([1])", "[]"), "item 1 of \"questions\" should be an object");
    EXPECT_REFUSED(fileWith(kQuestions, R"([{"id": 1, "title": ["a"]}])"), "\"title\"");
}

} // namespace
} // namespace sb::test
