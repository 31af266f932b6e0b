#include "app/gui/StoryEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/LinkTableView.h"
#include "app/gui/StoryLinksModel.h"
#include "app/gui/StoryLinksPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTest>

namespace sb::test {
namespace {

using namespace sb::gui;

class StoryEditorTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        id = document->bank().addStory(sampleStory());
        editor = std::make_unique<StoryEditor>(*document);
        editor->setStory(id);
        editor->show();
    }

    void typeInto(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    QAbstractButton* methodButton(const QString& label) const
    {
        for (auto* button : editor->findChildren<QAbstractButton*>()) {
            if (button->text() == label)
                return button;
        }
        return nullptr;
    }

    std::unique_ptr<StoryEditor> editor;
    StoryId id;
};

TEST_F(StoryEditorTest, TypingIsInTheBankWithinASecondAsASecondConnectionSeesIt)
{
    QPlainTextEdit* result = editor->sectionEdit(StorySection::Result);
    result->moveCursor(QTextCursor::End);
    typeInto(result, QStringLiteral(" Revenue up 12%."));
    EXPECT_TRUE(document->hasPendingEdits());
    QTest::qWait(1000);
    const auto secondConnection = Bank::open(bankPath());
    EXPECT_EQ(secondConnection->story(id)->result,
        sampleStory().result + QStringLiteral(" Revenue up 12%."));
    EXPECT_FALSE(document->hasPendingEdits());
}

TEST_F(StoryEditorTest, ALongHookShowsItsFirstWords)
{
    Story story = sampleStory(QStringLiteral("Long hook"));
    story.summary = QStringLiteral("Cut the cloud bill by a third in one quarter ").repeated(6);
    const StoryId longHook = document->bank().addStory(story);
    editor->setStory(longHook);
    QLineEdit* hook = nullptr;
    for (auto* line : editor->findChildren<QLineEdit*>()) {
        if (line->text() == story.summary)
            hook = line;
    }
    ASSERT_NE(hook, nullptr);
    EXPECT_EQ(hook->cursorPosition(), 0);
}

TEST_F(StoryEditorTest, ABurstOfTypingIsOneUndoStep)
{
    QLineEdit* title = editor->titleEdit();
    title->selectAll();
    typeInto(title, QStringLiteral("New title"));
    editor->commitPending();
    EXPECT_EQ(document->undoStack().count(), 1);
    EXPECT_EQ(document->bank().story(id)->title, QStringLiteral("New title"));
    document->undoStack().undo();
    EXPECT_EQ(document->bank().story(id)->title, sampleStory().title);
    EXPECT_EQ(title->text(), sampleStory().title) << "the editor shows what undo restored";
}

TEST_F(StoryEditorTest, ThePauseAfterTypingLeavesAnAngleBeingTypedOpen)
{
    Question question;
    question.text = QStringLiteral("Tell me about a failure.");
    const QuestionId asked = document->bank().addQuestion(question);
    editor->linksPanel()->linkQuestion(asked);
    typeInto(editor->sectionEdit(StorySection::Result), QStringLiteral(" More."));

    LinkTableView* table = editor->linksPanel()->table();
    const QModelIndex angle = table->model()->index(0, StoryLinksModel::AngleColumn);
    table->setCurrentIndex(angle);
    table->edit(angle);
    // The delegate's editor: a line edit on the table's viewport.
    const QPointer<QLineEdit> field = table->viewport()->findChild<QLineEdit*>();
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field.data(), QStringLiteral("Own it"));
    QTest::qWait(StoryEditor::kCommitDelayMs + 300); // the typed section is written meanwhile
    EXPECT_TRUE(document->bank().story(id)->result.contains(QStringLiteral(" More.")));
    EXPECT_TRUE(field && field->isVisible()); // and the cell being typed in is still open
    editor->commitPending();
    EXPECT_EQ(document->bank().linkBetween(id, asked)->angle, QStringLiteral("Own it"));
}

TEST_F(StoryEditorTest, WithNoStoryItSaysHowToStartOneInsteadOfAnEmptyForm)
{
    EXPECT_TRUE(editor->titleEdit()->isVisibleTo(editor.get()));
    editor->setStory(StoryId());
    EXPECT_FALSE(editor->titleEdit()->isVisibleTo(editor.get()));
    bool hinted = false;
    for (QLabel* label : editor->findChildren<QLabel*>())
        hinted = hinted
            || (label->isVisibleTo(editor.get())
                && label->text().startsWith(QStringLiteral("No story is open.")));
    EXPECT_TRUE(hinted);
    editor->setStory(id);
    EXPECT_TRUE(editor->titleEdit()->isVisibleTo(editor.get()));
}

TEST_F(StoryEditorTest, StarToCarlToStarLosesNoCharacter)
{
    methodButton(QStringLiteral("CARL"))->click();
    EXPECT_EQ(document->bank().story(id)->method, StoryMethod::Carl);
    const QString context = editor->sectionEdit(StorySection::Context)->toPlainText();
    EXPECT_TRUE(context.contains(sampleStory().situation) && context.contains(sampleStory().task));
    EXPECT_TRUE(editor->sectionEdit(StorySection::Context)->isVisible());
    EXPECT_FALSE(editor->sectionEdit(StorySection::Situation)->isVisible());

    methodButton(QStringLiteral("STAR"))->click();
    const Story back = *document->bank().story(id);
    EXPECT_EQ(back.situation, sampleStory().situation);
    EXPECT_EQ(back.task, sampleStory().task);
    EXPECT_EQ(back.learning, sampleStory().learning) << "hidden in STAR, but kept";
}

TEST_F(StoryEditorTest, EditingTheCarlContextKeepsEveryCharacter)
{
    methodButton(QStringLiteral("CARL"))->click();
    QPlainTextEdit* context = editor->sectionEdit(StorySection::Context);
    context->moveCursor(QTextCursor::End);
    typeInto(context, QStringLiteral(" Extra."));
    editor->commitPending();
    methodButton(QStringLiteral("STAR"))->click();
    const Story back = *document->bank().story(id);
    EXPECT_EQ(back.situation + back.task,
        sampleStory().situation + QStringLiteral("\n\n") + sampleStory().task
            + QStringLiteral(" Extra."));
}

TEST_F(StoryEditorTest, CtrlZInATextFieldUndoesThroughTheSharedHistory)
{
    QLineEdit* title = editor->titleEdit();
    title->selectAll();
    typeInto(title, QStringLiteral("Typed"));
    QKeyEvent shortcut(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::sendEvent(title, &shortcut);
    EXPECT_FALSE(shortcut.isAccepted()) << "the field must leave Ctrl+Z to the window";
    EXPECT_EQ(document->undoStack().count(), 1) << "what was typed is written first";
}

} // namespace
} // namespace sb::test
