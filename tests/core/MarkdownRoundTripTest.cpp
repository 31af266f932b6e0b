#include "core/exchange/MarkdownExporter.h"
#include "core/exchange/MarkdownImporter.h"
#include "core/model/StorySections.h"
#include "tests/support/TempBank.h"

#include <algorithm>

namespace sb::test {
namespace {

// What a person would see of a bank, as text, with names instead of ids: the same for two
// banks when an export and an import lost nothing.
class BankDescription {
public:
    explicit BankDescription(const Bank& bank) : m_bank(bank) { }

    std::string text() const
    {
        QStringList parts;
        for (const Category& category : m_bank.categories())
            parts.append(QStringLiteral("category ") + category.name);
        for (const Question& question : m_bank.questions())
            parts.append(describe(question));
        QList<Story> stories = m_bank.stories();
        // A folder is read file by file, so order is not part of the shape; content is.
        std::sort(stories.begin(), stories.end(),
            [](const Story& a, const Story& b) { return a.title < b.title; });
        for (const Story& story : stories)
            parts.append(describe(story));
        return parts.join(u'\n').toStdString();
    }

private:
    QString describe(const Question& question) const
    {
        return QStringList {QStringLiteral("question ") + question.text,
            QStringLiteral("  variants ") + question.variants.join(QStringLiteral(" | ")),
            QStringLiteral("  kind ") + toKey(question.kind),
            QStringLiteral("  categories ") + categoryNames(question.categories),
            QStringLiteral("  notes ") + question.notes}
            .join(u'\n');
    }

    QString describe(const Story& story) const
    {
        QStringList lines {QStringLiteral("story ") + story.title,
            QStringLiteral("  hook ") + story.summary,
            QStringLiteral("  method ") + toKey(story.method),
            QStringLiteral("  status ") + toKey(story.status),
            QStringLiteral("  role ") + story.role,
            QStringLiteral("  organization ") + story.organization,
            QStringLiteral("  when ") + story.period,
            QStringLiteral("  ratings %1 %2 %3 %4")
                .arg(story.impact)
                .arg(story.complexity)
                .arg(story.involvement)
                .arg(story.confidence),
            QStringLiteral("  cues ") + story.cues.join(QStringLiteral(" | ")),
            QStringLiteral("  categories ") + categoryNames(story.categories)};
        QStringList tags;
        for (const TagId id : story.tags)
            tags.append(m_bank.tag(id)->name);
        lines.append(QStringLiteral("  tags ") + tags.join(QStringLiteral(", ")));
        // CARL shows situation and task as one Context, and that is what the file holds.
        for (const StorySection section : sectionsOf(story.method))
            lines.append(
                QStringLiteral("  section %1: ").arg(int(section)) + sectionText(story, section));
        // Text of a section the method does not show is kept all the same.
        lines.append(QStringLiteral("  learning ") + story.learning);
        for (const StoryQuestionLink& link : m_bank.linksOfStory(story.id))
            lines.append(QStringLiteral("  answers ") + m_bank.question(link.question)->text
                + QStringLiteral(" (") + toKey(link.fit) + QStringLiteral(") ") + link.angle);
        return lines.join(u'\n');
    }

    QString categoryNames(const QList<CategoryId>& ids) const
    {
        QStringList names;
        for (const CategoryId id : ids)
            names.append(m_bank.category(id)->name);
        return names.join(QStringLiteral(", "));
    }

    const Bank& m_bank;
};

class MarkdownRoundTripTest : public TempBankTest {
protected:
    // Text that means something to Markdown wherever it can stand, in every kind of field.
    void fillBank()
    {
        Category conflict;
        conflict.name = QStringLiteral("Conflict");
        Category team;
        team.name = QStringLiteral("Team *work* #1");
        team.position = 1;
        Category empty;
        empty.name = QStringLiteral("Ethics");
        empty.position = 2;
        const CategoryId conflictId = bank().addCategory(conflict);
        const CategoryId teamId = bank().addCategory(team);
        bank().addCategory(empty);

        Question weakness;
        weakness.text = QStringLiteral("What is your greatest weakness?");
        weakness.kind = QuestionKind::AboutYou;
        weakness.notes =
            QStringLiteral("- I over-commit\n1. plan\n\n# then say no & <b>stop</b> [[x]]");
        bank().addQuestion(weakness);
        Question disagreement;
        disagreement.text = QStringLiteral("Tell me about a disagreement");
        disagreement.variants = {QStringLiteral("Describe a conflict with a colleague")};
        disagreement.categories = {conflictId, teamId};
        const QuestionId disagreementId = bank().addQuestion(disagreement);
        Question newcomer;
        newcomer.text = QStringLiteral("How do you help a new teammate?");
        newcomer.categories = {teamId};
        const QuestionId newcomerId = bank().addQuestion(newcomer);

        Story launch = sampleStory();
        launch.tags = {bank().ensureTag(QStringLiteral("go")),
            bank().ensureTag(QStringLiteral("launch_2023"))};
        launch.categories = {teamId, conflictId};
        launch.action = QStringLiteral(
            "- cut scope\n> paired\n1. first\n===\n\nthen # 2 `x` *y* _z_ a|b ~q~ &amp; \\ end");
        const StoryId launchId = bank().addStory(launch);
        bank().link(
            {launchId, disagreementId, LinkFit::Partial, QStringLiteral("Stress *listening*")});
        bank().link({launchId, newcomerId, LinkFit::Strong, QString()});

        Story merged;
        merged.title = QStringLiteral("Moved to a new team");
        merged.method = StoryMethod::Carl;
        merged.status = StoryStatus::Idea;
        merged.situation = QStringLiteral("We merged.");
        merged.task = QStringLiteral("I had to onboard.");
        merged.result = QStringLiteral("Done.");
        bank().addStory(merged);
        Story bare;
        bare.title = QStringLiteral("Bare [draft]");
        bank().addStory(bare);
    }

    // A learning written while the story was STAR+L and kept after switching to STAR.
    StoryId addStarStoryWithHiddenLearning()
    {
        Story quiet;
        quiet.title = QStringLiteral("Quiet mentor");
        quiet.situation = QStringLiteral("A junior colleague struggled.");
        quiet.learning = QStringLiteral("Ask before helping.");
        return bank().addStory(quiet);
    }

    std::unique_ptr<Bank> importInto(const QList<ImportDocument>& documents)
    {
        auto other = Bank::create(pathFor(QStringLiteral("imported.storybank")), {false});
        other->importDocuments(documents);
        return other;
    }
};

TEST_F(MarkdownRoundTripTest, OneFileExportImportsBackIntoTheSameBank)
{
    fillBank();
    const ImportDocument document =
        MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"));
    EXPECT_TRUE(document.warnings.isEmpty()) << document.warnings.first().message.toStdString();
    EXPECT_EQ(BankDescription(*importInto({document})).text(), BankDescription(bank()).text());
}

TEST_F(MarkdownRoundTripTest, FolderExportImportsBackIntoTheSameBank)
{
    fillBank();
    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(bank());
    QList<ImportDocument> documents;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        documents.append(MarkdownImporter::parse(it.value(), it.key()));
        EXPECT_TRUE(documents.last().warnings.isEmpty()) << it.key().toStdString();
    }
    EXPECT_EQ(BankDescription(*importInto(documents)).text(), BankDescription(bank()).text());
}

TEST_F(MarkdownRoundTripTest, NamesWithCommasAndQuotesComeBackWhole)
{
    Category both;
    both.name = QStringLiteral("Problem solving, analysis");
    Story story;
    story.title = QStringLiteral("Root cause");
    story.categories = {bank().addCategory(both)};
    story.tags = {bank().ensureTag(QStringLiteral("a, b")),
        bank().ensureTag(QStringLiteral("\"quoted\" tag")),
        bank().ensureTag(QStringLiteral("plain"))};
    bank().addStory(story);

    const auto copy = importInto(
        {MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"))});

    EXPECT_EQ(BankDescription(*copy).text(), BankDescription(bank()).text());
}

TEST_F(MarkdownRoundTripTest, TitlesAndNamesThatLookLikeTheFilesOwnHeadingsComeBack)
{
    Category pressure;
    pressure.name = QStringLiteral("How you handle pressure at work");
    const CategoryId pressureId = bank().addCategory(pressure);
    Question question;
    question.text = QStringLiteral("Tell me about a deadline you missed.");
    question.categories = {pressureId};
    bank().addQuestion(question);
    for (const QString& title : {QStringLiteral("Stories"), QStringLiteral("Interview questions"),
             QStringLiteral("Story: the outage")}) {
        Story story = sampleStory(title);
        bank().addStory(story);
    }
    const std::string expected = BankDescription(bank()).text();

    const auto fromFile = importInto(
        {MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"))});
    EXPECT_EQ(BankDescription(*fromFile).text(), expected);

    QList<ImportDocument> documents;
    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(bank());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        documents.append(MarkdownImporter::parse(it.value(), it.key()));
    auto fromFolder = Bank::create(pathFor(QStringLiteral("folder.storybank")), {false});
    fromFolder->importDocuments(documents);
    EXPECT_EQ(BankDescription(*fromFolder).text(), expected);
}

TEST_F(MarkdownRoundTripTest, ATextTheMethodDoesNotShowComesBackWithTheSameMethod)
{
    addStarStoryWithHiddenLearning();
    const auto copy = importInto(
        {MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"))});
    ASSERT_EQ(copy->stories().size(), 1);
    EXPECT_EQ(copy->stories().at(0).method, StoryMethod::Star);
    EXPECT_EQ(copy->stories().at(0).learning, QStringLiteral("Ask before helping."));
}

TEST_F(MarkdownRoundTripTest, ACarlStoryKeepsItsSituationAndTaskApart)
{
    Story carl = sampleStory(QStringLiteral("Merged teams"));
    carl.method = StoryMethod::Carl;
    bank().addStory(carl);
    const auto copy = importInto(
        {MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"))});
    ASSERT_EQ(copy->stories().size(), 1);
    const Story back = copy->stories().at(0);
    EXPECT_EQ(back.method, StoryMethod::Carl);
    EXPECT_EQ(back.situation, carl.situation);
    EXPECT_EQ(back.task, carl.task);
    EXPECT_EQ(back.learning, carl.learning);
}

TEST_F(MarkdownRoundTripTest, ExportingTheImportedCopyWritesTheSameMarkdown)
{
    fillBank();
    addStarStoryWithHiddenLearning();
    const QByteArray first = MarkdownExporter::writeFile(bank());
    const auto copy = importInto({MarkdownImporter::parse(first, QStringLiteral("bank.md"))});
    EXPECT_EQ(MarkdownExporter::writeFile(*copy).toStdString(), first.toStdString());
}

TEST_F(MarkdownRoundTripTest, ImportingTheExportIntoTheSameBankAddsNothing)
{
    fillBank();
    const std::string before = BankDescription(bank()).text();
    const ImportSummary summary = bank().importDocuments(
        {MarkdownImporter::parse(MarkdownExporter::writeFile(bank()), QStringLiteral("bank.md"))});
    EXPECT_EQ(summary.questionsAdded + summary.storiesAdded + summary.linksAdded
            + summary.categoriesAdded + summary.tagsAdded,
        0);
    EXPECT_EQ(summary.questionsReused, 3);
    EXPECT_EQ(summary.storiesReused, 3);
    EXPECT_EQ(BankDescription(bank()).text(), before);
}

} // namespace
} // namespace sb::test
