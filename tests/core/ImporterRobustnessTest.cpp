#include "core/exchange/ImportError.h"
#include "core/exchange/MarkdownImporter.h"
#include "tests/fuzz/FuzzEntry.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

namespace sb::test {
namespace {

// Deterministic stand-in for the fuzzer that runs with every test build: the same 10,000
// inputs every time, so a failure here reproduces exactly.
class InputMaker {
public:
    explicit InputMaker(QList<QByteArray> corpus) : m_corpus(std::move(corpus)) { }

    QByteArray make(int index)
    {
        switch (index % 5) {
        case 0:
            return randomBytes();
        case 1:
            return tokenSoup();
        case 2:
            return nested(pickCorpus());
        default:
            return mutated(pickCorpus());
        }
    }

private:
    int below(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }

    QByteArray randomBytes()
    {
        QByteArray bytes(below(512), '\0');
        for (char& byte : bytes)
            byte = char(below(256));
        return bytes;
    }

    QByteArray tokenSoup()
    {
        static const char* const tokens[] = {"#", "## ", "### ", "-", "- ", "*", "* ", "1.", "2) ",
            ">", "> ", "**Situation**:", "**Task**", "Action:", "Result -", "Learning",
            "STORY:", "[[", "|", "]]", "---", "```", "~~~", "\n", "\n\n", "  ", "\t",
            "Tell me about", "a time", "?", " / ", "Hook: ", "Method: CARL", "Status: ready",
            "Kind: to_ask", "#### Answers", "  - Fit: partial", "<details>", "&amp;", "\\", "é",
            "👩🏽‍💻", "\xE2\x80\x8B", "\xEF\xBB\xBF", "مرحبا", "\r\n", "[x](y.md)", "`",
            "_", "=="};
        QByteArray out;
        const int count = below(120);
        for (int i = 0; i < count; ++i)
            out += tokens[below(int(std::size(tokens)))];
        return out;
    }

    const QByteArray& pickCorpus() { return m_corpus.at(below(int(m_corpus.size()))); }

    // Every line pushed down a random depth of quotes or list items.
    QByteArray nested(const QByteArray& text)
    {
        const QByteArray unit = below(2) == 0 ? QByteArray("> ") : QByteArray("- ");
        const QByteArray prefix = unit.repeated(1 + below(below(8) == 0 ? 400 : 40));
        QByteArray out;
        for (const QByteArray& line : text.split('\n'))
            out += prefix + line + '\n';
        return out;
    }

    QByteArray mutated(QByteArray bytes)
    {
        const int rounds = 1 + below(6);
        for (int round = 0; round < rounds && !bytes.isEmpty(); ++round) {
            const int at = below(int(bytes.size()));
            switch (below(5)) {
            case 0: // bit flip
                bytes[at] = char(bytes[at] ^ (1 << below(8)));
                break;
            case 1: // byte insertion
                bytes.insert(at, char(below(256)));
                break;
            case 2: // deletion
                bytes.remove(at, 1 + below(16));
                break;
            case 3: // truncation
                bytes.truncate(at);
                break;
            default: { // a chunk copied somewhere else, possibly many times
                const QByteArray chunk = bytes.mid(at, 1 + below(64));
                bytes.insert(below(int(bytes.size())), chunk.repeated(1 + below(20)));
                break;
            }
            }
        }
        return bytes;
    }

    QList<QByteArray> m_corpus;
    std::mt19937 m_random {20261130};
};

QList<QByteArray> seedCorpus()
{
    const QDir dir(QStringLiteral(STORYBANK_FUZZ_CORPUS));
    QList<QByteArray> corpus;
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    return corpus;
}

const QByteArray kSimpleNote = "# Conflict\n\n- Tell me about a disagreement with a colleague\n";

TEST(ImporterRobustnessTest, TenThousandGeneratedInputsAreParsedOrRefusedWithoutCrashing)
{
    const QList<QByteArray> corpus = seedCorpus();
    ASSERT_GE(corpus.size(), 10) << "seed corpus missing at " STORYBANK_FUZZ_CORPUS;
    InputMaker maker(corpus);
    constexpr int kInputs = 10000;
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < kInputs; ++i)
        (fuzz::importMarkdown(maker.make(i)) ? parsed : refused) += 1;

    EXPECT_EQ(parsed + refused, kInputs);
    std::printf("[ importer  ] %d inputs parsed, %d refused\n", parsed, refused);
    // With the real importer, notes like the seeds parse and random bytes (invalid UTF-8) are
    // refused, so both outcomes must have happened.
    if (fuzz::importMarkdown(kSimpleNote)) {
        EXPECT_GT(parsed, 0);
        EXPECT_GT(refused, 0);
    }
}

TEST(ImporterRobustnessTest, EmptyInputAndASimpleNoteDoNotCrash)
{
    fuzz::importMarkdownOnce(nullptr, 0);
    fuzz::importMarkdown(QByteArray());
    fuzz::importMarkdown(kSimpleNote);
    for (const QByteArray& seed : seedCorpus())
        fuzz::importMarkdown(seed);
}

TEST(ImporterRobustnessTest, TenThousandNestedQuotesAreParsedOrRefused)
{
    fuzz::importMarkdown(QByteArray("> ").repeated(10000) + "Tell me about a failure?\n");
    fuzz::importMarkdown(QByteArray("- ").repeated(10000) + "Tell me about a failure?\n");
    QByteArray staircase;
    for (int depth = 0; depth < 2000; ++depth)
        staircase += QByteArray(depth * 2, ' ') + "- item\n";
    fuzz::importMarkdown(staircase);
}

TEST(ImporterRobustnessTest, InputOverTheSizeLimitIsRefused)
{
    const QByteArray line = "- Tell me about a time you failed\n";
    const QByteArray big = line.repeated(21 * 1024 * 1024 / line.size() + 1);
    ASSERT_GT(big.size(), MarkdownImporter::kMaxBytes);
    EXPECT_THROW(MarkdownImporter::parse(big, QStringLiteral("big.md")), ImportError);
    fuzz::importMarkdown(big);
}

TEST(ImporterRobustnessTest, InvalidUtf8AndNulBytesAreRefused)
{
    const QByteArray samples[] = {QByteArray("# Conflict\n- Tell me \xC3\x28 about it\n"),
        QByteArray("# Overlong \xC0\xAF slash\n"), QByteArray("- truncated \xE2\x82"),
        QByteArray("# Surrogate \xED\xA0\x80 half\n"), QByteArray("# NUL\0byte\n", 11)};
    for (const QByteArray& sample : samples) {
        EXPECT_THROW(MarkdownImporter::parse(sample, QStringLiteral("bad.md")), ImportError)
            << sample.toHex().constData();
        fuzz::importMarkdown(sample);
    }
}

} // namespace
} // namespace sb::test
