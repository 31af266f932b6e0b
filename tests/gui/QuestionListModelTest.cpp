#include "app/gui/QuestionListModel.h"
#include "tests/support/TempBank.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace sb::test {
namespace {

using gui::QuestionListModel;

class QuestionListModelTest : public TempBankTest {
protected:
    void SetUp() override
    {
        Category made;
        made.name = QStringLiteral("Conflict");
        conflict = bank().addCategory(made);
        disagreed = addQuestion(QStringLiteral("A disagreement?"), {conflict});
        whyUs = addQuestion(QStringLiteral("Why us?"), {});
        model = std::make_unique<QuestionListModel>(bank());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QuestionId addQuestion(const QString& text, const QList<CategoryId>& categories)
    {
        Question question;
        question.text = text;
        question.categories = categories;
        return bank().addQuestion(question);
    }

    QStringList rows() const
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row).data().toString());
        return texts;
    }

    CategoryId conflict;
    QuestionId disagreed, whyUs;
    std::unique_ptr<QuestionListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(QuestionListModelTest, QuestionsAreReadOnceWhenFirstNeededWithTheFiltersSetBefore)
{
    // No model tester: it would ask for the rows at once, as a view showing the list does.
    QuestionListModel lazy(bank());
    EXPECT_EQ(lazy.rowCount(), 0);
    EXPECT_TRUE(lazy.canFetchMore({}));
    lazy.setCategoryFilter(conflict);
    const QuestionId later = addQuestion(QStringLiteral("A conflict with a manager?"), {conflict});
    QSignalSpy inserted(&lazy, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&lazy, &QAbstractItemModel::modelReset);
    lazy.fetchMore({});
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_FALSE(lazy.canFetchMore({}));
    ASSERT_EQ(lazy.rowCount(), 2);
    EXPECT_EQ(lazy.questionAt(lazy.index(1)), later);
    lazy.ensureLoaded(); // already read: nothing happens
    EXPECT_EQ(inserted.count(), 1);
}

TEST_F(QuestionListModelTest, FindingAQuestionReadsTheQuestionsFirst)
{
    QuestionListModel lazy(bank());
    const QModelIndex found = lazy.indexOf(whyUs);
    ASSERT_TRUE(found.isValid());
    EXPECT_EQ(lazy.questionAt(found), whyUs);
}

TEST_F(QuestionListModelTest, CategoryFilterShowsOnlyItsQuestionsWithoutRepeatingItsName)
{
    EXPECT_EQ(rows(),
        (QStringList {QStringLiteral("A disagreement?  (Conflict)"), QStringLiteral("Why us?")}));
    model->setCategoryFilter(conflict);
    EXPECT_EQ(rows(), QStringList {QStringLiteral("A disagreement?")});
    // A question filed there later joins the list.
    Question moved = *bank().question(whyUs);
    moved.categories = {conflict};
    bank().updateQuestion(moved);
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(QuestionListModelTest, SearchShowsQuestionsWithTheWordsInTheirTextFirst)
{
    Question variant;
    variant.text = QStringLiteral("An argument at work?");
    variant.variants = {QStringLiteral("A disagreement with a peer?")};
    bank().addQuestion(variant); // added after "A disagreement?", so later in the list
    Question later;
    later.text = QStringLiteral("Another disagreement?");
    bank().addQuestion(later);
    model->setSearchText(QStringLiteral("disagree"));
    EXPECT_EQ(rows(),
        (QStringList {QStringLiteral("A disagreement?  (Conflict)"),
            QStringLiteral("Another disagreement?"), QStringLiteral("An argument at work?")}));
}

TEST_F(QuestionListModelTest, NoStoryYetHidesAnsweredQuestions)
{
    const StoryId story = bank().addStory(sampleStory());
    bank().link({story, disagreed, LinkFit::Strong, QString()});
    model->setUnansweredOnly(true);
    EXPECT_EQ(rows(), QStringList {QStringLiteral("Why us?")});
    model->setUnansweredOnly(false);
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(QuestionListModelTest, RenamedCategoryShowsAtOnceWithoutAReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    Category renamed = *bank().category(conflict);
    renamed.name = QStringLiteral("Disagreements");
    bank().updateCategory(renamed);
    EXPECT_EQ(rows().first(), QStringLiteral("A disagreement?  (Disagreements)"));
    EXPECT_EQ(resets.count(), 0);
}

} // namespace
} // namespace sb::test
