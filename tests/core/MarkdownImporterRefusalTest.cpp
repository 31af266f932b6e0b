#include "core/exchange/MarkdownImporter.h"

#include "core/exchange/ImportError.h"
#include "tests/core/MarkdownImportFixtures.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

// Input the importer refuses as a whole, and input it must survive.
namespace sb::test {
namespace {

// The offset of the ImportError parse throws, or -2 when it throws none.
qint64 refusalOffset(const QByteArray& bytes, QString* message = nullptr)
{
    try {
        MarkdownImporter::parse(bytes, QStringLiteral("notes.md"));
    } catch (const ImportError& error) {
        EXPECT_EQ(error.source(), QStringLiteral("notes.md"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("notes.md"))) << error.what();
        if (message)
            *message = error.message();
        return error.offset();
    }
    return -2;
}

TEST(MarkdownImporterRefusalTest, InvalidUtf8IsRefusedAtTheFirstBadByte)
{
    QString message;
    EXPECT_EQ(
        refusalOffset(QByteArray("### Caf\xC3\xA9 question\nabc\xC3\x28 rest"), &message), 22);
    EXPECT_TRUE(message.contains(QStringLiteral("UTF-8"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("22"))) << message.toStdString();
    EXPECT_EQ(refusalOffset(QByteArray("ab\xC0\xAF")), 2); // overlong "/"
    EXPECT_EQ(refusalOffset(QByteArray("a\xED\xA0\x80")), 1); // a surrogate
    EXPECT_EQ(refusalOffset(QByteArray("ab\xF4\x90\x80\x80")), 2); // past U+10FFFF
    EXPECT_EQ(refusalOffset(QByteArray("abc\xE2\x82")), 3); // cut short at the end
    EXPECT_EQ(refusalOffset(QByteArray("Latin-1 caf\xE9!")), 11);
}

TEST(MarkdownImporterRefusalTest, NulBytesAreRefusedAtTheirOffset)
{
    QString message;
    EXPECT_EQ(refusalOffset(QByteArray("### Q?\n\0rest", 12), &message), 7);
    EXPECT_TRUE(message.contains(QStringLiteral("NUL"))) << message.toStdString();
}

TEST(MarkdownImporterRefusalTest, BinaryControlCharactersAreRefused)
{
    QString message;
    // The first offending byte decides: a PNG signature starts with a byte that is not UTF-8.
    EXPECT_EQ(refusalOffset(QByteArray("\x89PNG\r\n\x1A\n"), &message), 0);
    EXPECT_EQ(refusalOffset(QByteArray("PNG\r\n\x1A\n")), 5);
    EXPECT_EQ(refusalOffset(QByteArray("notes\x01\x02"), &message), 5);
    EXPECT_TRUE(message.contains(QStringLiteral("binary"))) << message.toStdString();
    // Tabs, form feeds and CR/LF are what text files carry.
    EXPECT_EQ(refusalOffset(QByteArray("a\tb\fc\r\nd\v")), -2);
}

TEST(MarkdownImporterRefusalTest, InputOverTheLimitIsRefused)
{
    const QByteArray tooLarge(MarkdownImporter::kMaxBytes + 1, 'a');
    EXPECT_EQ(refusalOffset(tooLarge), MarkdownImporter::kMaxBytes);
}

TEST(MarkdownImporterRefusalTest, NestingDeeperThan32LevelsIsRefused)
{
    QByteArray quotes = "### Tell me about depth?\n\n" + QByteArray(40, '>') + " deep\n";
    EXPECT_GE(refusalOffset(quotes), 0);

    QByteArray lists = "### Tell me about depth?\n\n";
    for (int level = 0; level < 40; ++level)
        lists += QByteArray(2 * level, ' ') + "- level\n";
    QString message;
    EXPECT_GE(refusalOffset(lists, &message), 0);
    EXPECT_TRUE(message.contains(QStringLiteral("32"))) << message.toStdString();

    // 32 levels are still notes.
    QByteArray deepButFine = "### Tell me about depth?\n\n" + QByteArray(31, '>') + " deep\n";
    const ImportDocument doc = MarkdownImporter::parse(deepButFine, QStringLiteral("notes.md"));
    ASSERT_EQ(doc.questions.size(), 1);
    EXPECT_EQ(doc.questions.at(0).question.notes, QStringLiteral("deep"));
}

TEST(MarkdownImporterRefusalTest, AWallOfBracketedLinesInOneParagraphIsRefused)
{
    // md4c 0.4.8 needs time growing with lines × links inside one paragraph.
    QString message;
    EXPECT_GT(refusalOffset(QByteArray("[x]\n").repeated(50000), &message), 0);
    EXPECT_TRUE(message.contains(QStringLiteral("empty lines"))) << message.toStdString();
    // The same links as list items, or as paragraphs, are ordinary notes.
    EXPECT_EQ(refusalOffset(QByteArray("- [x](y)\n").repeated(50000)), -2);
    EXPECT_EQ(refusalOffset(QByteArray("[x](y)\n\n").repeated(50000)), -2);
}

TEST(MarkdownImporterRefusalTest, ThousandsOfWarningsAreCutShort)
{
    const ImportDocument doc = MarkdownImporter::parse(
        QByteArray("STORY: Lost\n\n").repeated(500), QStringLiteral("notes.md"));
    ASSERT_EQ(doc.warnings.size(), 101);
    EXPECT_EQ(doc.warnings.last().line, 0);
    EXPECT_TRUE(doc.warnings.last().message.contains(QStringLiteral("400")))
        << doc.warnings.last().message.toStdString();
}

TEST(MarkdownImporterRefusalTest, EmptyInputAndAByteOrderMarkGiveAnEmptyOrNormalDocument)
{
    const ImportDocument empty = MarkdownImporter::parse({}, QStringLiteral("empty.md"));
    EXPECT_TRUE(empty.questions.isEmpty());
    EXPECT_TRUE(empty.stories.isEmpty());
    EXPECT_EQ(empty.source, QStringLiteral("empty.md"));

    const ImportDocument bom =
        MarkdownImporter::parse(QByteArray("\xEF\xBB\xBF### Why us?\n"), QStringLiteral("b.md"));
    ASSERT_EQ(bom.questions.size(), 1);
    EXPECT_EQ(bom.questions.at(0).question.text, QStringLiteral("Why us?"));
}

TEST(MarkdownImporterRefusalTest, PathologicalMarkdownFinishesQuickly)
{
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& unit : {QByteArray("*"), QByteArray("["), QByteArray("**a"),
             QByteArray("[["), QByteArray("<!--"), QByteArray("- "), QByteArray("`"),
             QByteArray("Situation: x\n"), QByteArray("STORY: a, "), QByteArray("### Why?\n")}) {
        const QByteArray input = unit.repeated(50000);
        try {
            MarkdownImporter::parse(input, QStringLiteral("big.md"));
        } catch (const ImportError&) {
            // refusing is fine too; crashing or hanging is not
        }
    }
    EXPECT_LT(timer.elapsed(), 20000);
}

TEST(MarkdownImporterRefusalTest, RandomBytesEitherParseOrAreRefused)
{
    QRandomGenerator random(20261130);
    const QByteArray alphabet("#*-_>[]()!`|:/\\ \n\tabcSTORY?1.<>&;");
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int size = random.bounded(1, 400);
        for (int i = 0; i < size; ++i) {
            input += round % 3 == 0 ? char(random.bounded(256))
                                    : alphabet.at(random.bounded(int(alphabet.size())));
        }
        try {
            const ImportDocument doc = MarkdownImporter::parse(input, QStringLiteral("r.md"));
            for (const ImportedStory& story : doc.stories) {
                for (const StoryQuestionLink& link : story.links) {
                    EXPECT_EQ(link.story, story.story.id);
                    EXPECT_GE(link.question.value, 1);
                    EXPECT_LE(link.question.value, doc.questions.size());
                }
            }
        } catch (const ImportError&) {
        }
    }
}

} // namespace
} // namespace sb::test
