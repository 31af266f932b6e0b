#include "tests/support/TempBank.h"

namespace sb::test {
namespace {

struct Sample {
    const char* name;
    QString text;
};

QString controlCharacters()
{
    QString text;
    for (char16_t c = 1; c < 32; ++c)
        text.append(QChar(c));
    return text + QStringLiteral("\x7f\u0080\u00ff\uFFFD");
}

const Sample kSamples[] = {
    {"Quotes", QStringLiteral("She said \"no\" and he said 'yes' – `maybe`")},
    {"SqlLike", QStringLiteral("Robert'); DROP TABLE story;-- 100% _done_ \\ %")},
    {"BinaryLooking", controlCharacters()},
    {"Emoji", QStringLiteral("Shipped 🚀 on time 👩🏽‍💻 with 🇯🇵 partners")},
    {"RightToLeft", QStringLiteral("قدت فريقًا من ستة مهندسين · הובלתי צוות של שישה")},
    {"Cjk", QStringLiteral("チームを率いて期限内に出荷した 带领团队按时交付")},
    {"CombiningMarks", QStringLiteral("e\u0301 a\u0308 n\u0303 Zalgo: Z\u0351\u0352")},
    {"MultiLine", QStringLiteral("line one\r\nline two\n\n\tindented\n")},
    {"Long", QString(200000, u'x') + QStringLiteral(" end")},
};

class TextRoundTripTest : public TempBankTest, public ::testing::WithParamInterface<Sample> { };

TEST_P(TextRoundTripTest, StoryFieldsComeBackIdenticalAfterReopening)
{
    const QString text = GetParam().text;
    Story story;
    story.title = text;
    story.summary = text;
    story.situation = text;
    story.result = text;
    story.cues = {text, text};
    const StoryId id = bank().addStory(story);
    closeBank();
    const Story stored = *Bank::open(bankPath())->story(id);
    EXPECT_EQ(stored.title, text);
    EXPECT_EQ(stored.summary, text);
    EXPECT_EQ(stored.situation, text);
    EXPECT_EQ(stored.result, text);
    EXPECT_EQ(stored.cues, (QStringList {text, text}));
}

TEST_P(TextRoundTripTest, QuestionTagAndCategoryNamesComeBackIdentical)
{
    const QString text = GetParam().text;
    Question question;
    question.text = text;
    question.variants = {text};
    question.notes = text;
    const QuestionId questionId = bank().addQuestion(question);
    const TagId tagId = bank().addTag({TagId(), text, QString()});
    Category category;
    category.name = text;
    const CategoryId categoryId = bank().addCategory(category);

    EXPECT_EQ(bank().question(questionId)->text, text);
    EXPECT_EQ(bank().question(questionId)->variants, QStringList {text});
    EXPECT_EQ(bank().question(questionId)->notes, text);
    // Names are stored trimmed, as typed names are.
    EXPECT_EQ(bank().tag(tagId)->name, text.trimmed());
    EXPECT_EQ(bank().category(categoryId)->name, text.trimmed());
    EXPECT_TRUE(bank().problems().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Texts, TextRoundTripTest, ::testing::ValuesIn(kSamples),
    [](const auto& info) { return std::string(info.param.name); });

} // namespace
} // namespace sb::test
