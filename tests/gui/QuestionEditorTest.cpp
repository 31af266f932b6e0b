#include "app/gui/QuestionEditor.h"
#include "app/gui/BankDocument.h"
#include "app/gui/QuestionLinksModel.h"
#include "app/gui/QuestionLinksPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

class QuestionEditorTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Question question;
        question.text = QStringLiteral("Why do you want this role?");
        question.kind = QuestionKind::RoleFit;
        id = document->bank().addQuestion(question);
        editor = std::make_unique<QuestionEditor>(*document);
        editor->setQuestion(id);
        editor->show();
    }

    Question stored() const { return *document->bank().question(id); }

    std::unique_ptr<QuestionEditor> editor;
    QuestionId id;
};

TEST_F(QuestionEditorTest, PreparedAnswerIsWrittenWithinASecondAndUndoneInOneStep)
{
    editor->notesEdit()->setFocus();
    QTest::keyClicks(editor->notesEdit(), QStringLiteral("Mission, team, growth."));
    QTest::qWait(1000);
    EXPECT_EQ(
        Bank::open(bankPath())->question(id)->notes, QStringLiteral("Mission, team, growth."));
    EXPECT_EQ(document->undoStack().count(), 1);
    document->undoStack().undo();
    EXPECT_TRUE(stored().notes.isEmpty());
    EXPECT_TRUE(editor->notesEdit()->toPlainText().isEmpty());
}

TEST_F(QuestionEditorTest, EmptiedQuestionTextIsNotWritten)
{
    editor->textEdit()->selectAll();
    QTest::keyClick(editor->textEdit(), Qt::Key_Delete);
    editor->commitPending();
    EXPECT_EQ(stored().text, QStringLiteral("Why do you want this role?"));
}

TEST_F(QuestionEditorTest, KindIsChangedThroughTheUndoStack)
{
    auto* kind = editor->findChild<QComboBox*>();
    ASSERT_NE(kind, nullptr);
    const int behavioral = kind->findData(int(QuestionKind::Behavioral));
    kind->setCurrentIndex(behavioral);
    emit kind->activated(behavioral);
    EXPECT_EQ(stored().kind, QuestionKind::Behavioral);
    document->undoStack().undo();
    EXPECT_EQ(stored().kind, QuestionKind::RoleFit);
}

TEST_F(QuestionEditorTest, ListsTheStoriesThatAnswerItAsTheyAreLinked)
{
    QuestionLinksModel* links = editor->linksPanel()->model();
    QAbstractItemModelTester tester(links, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(links->rowCount(), 0);
    const StoryId story = document->bank().addStory(sampleStory());
    document->bank().link({story, id, LinkFit::Partial, QStringLiteral("Tie it to growth")});
    ASSERT_EQ(links->rowCount(), 1);
    EXPECT_EQ(
        links->index(0, QuestionLinksModel::StoryColumn).data().toString(), sampleStory().title);
    EXPECT_EQ(links->index(0, QuestionLinksModel::FitColumn).data().toString(),
        QStringLiteral("Partial"));
    EXPECT_EQ(links->index(0, QuestionLinksModel::AngleColumn).data().toString(),
        QStringLiteral("Tie it to growth"));
}

} // namespace
} // namespace sb::test
