// The pitch editor edits three parts and times them; the default pitch dialog writes what is
// typed to the bank through the undo stack.

#include "app/gui/interview/PitchEditor.h"
#include "app/gui/BankDocument.h"
#include "app/gui/MainWindow.h"
#include "app/gui/interview/DefaultPitchDialog.h"
#include "core/analysis/SpeakingTime.h"
#include "tests/gui/DocumentTest.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace sb {
// Readable failures: the parts, not the bytes.
void PrintTo(const Pitch& pitch, std::ostream* out)
{
    *out << '[' << pitch.who.toStdString() << " | " << pitch.highlights.toStdString() << " | "
         << pitch.seeking.toStdString() << ']';
}
} // namespace sb

namespace sb::test {
namespace {

using namespace sb::gui;
using Part = PitchEditor::Part;

Pitch samplePitch()
{
    return {QStringLiteral("A backend engineer who coaches football."),
        QStringLiteral("Cut checkout latency by 40%."),
        QStringLiteral("A platform role on your payments team.")};
}

// About the given number of seconds spoken at the coached pace.
QString wordsFor(int seconds)
{
    QStringList words;
    for (int i = 0; i < seconds * speakingtime::kWordsPerMinute / 60; ++i)
        words.append(QStringLiteral("word"));
    return words.join(u' ');
}

TEST(PitchEditorTest, GivesBackThePitchItWasGiven)
{
    PitchEditor editor;
    editor.setPitch(samplePitch());
    EXPECT_EQ(editor.pitch(), samplePitch());
    EXPECT_EQ(editor.partEdit(Part::Highlights)->toPlainText(), samplePitch().highlights);

    editor.setPitch(Pitch {});
    EXPECT_TRUE(editor.pitch().isEmpty());
}

TEST(PitchEditorTest, TypingSaysEditedAndShowingAPitchDoesNot)
{
    PitchEditor editor;
    QSignalSpy edited(&editor, &PitchEditor::edited);
    editor.setPitch(samplePitch());
    EXPECT_EQ(edited.count(), 0);

    editor.partEdit(Part::Seeking)->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.partEdit(Part::Seeking), QStringLiteral(" Soon."));
    EXPECT_EQ(edited.count(), 6);
    EXPECT_EQ(editor.pitch().seeking, samplePitch().seeking + QStringLiteral(" Soon."));
}

TEST(PitchEditorTest, SpokenTimeFollowsTheText)
{
    PitchEditor editor;
    EXPECT_TRUE(editor.partTimeLabel(Part::Who)->text().isEmpty());
    EXPECT_TRUE(editor.totalLabel()->text().contains(QStringLiteral("1:00–1:30")));

    editor.partEdit(Part::Who)->setPlainText(wordsFor(30));
    EXPECT_TRUE(editor.partTimeLabel(Part::Who)->text().startsWith(QStringLiteral("0:30")));
    EXPECT_TRUE(editor.totalLabel()->text().startsWith(QStringLiteral("0:30 spoken")));

    editor.partEdit(Part::Highlights)->setPlainText(wordsFor(45));
    EXPECT_TRUE(editor.partTimeLabel(Part::Highlights)->text().startsWith(QStringLiteral("0:45")));
    EXPECT_TRUE(editor.totalLabel()->text().startsWith(QStringLiteral("1:15 spoken")));
    EXPECT_EQ(editor.totalLabel()->foregroundRole(), QPalette::WindowText);

    editor.partEdit(Part::Seeking)->setPlainText(wordsFor(60));
    EXPECT_TRUE(editor.totalLabel()->text().startsWith(QStringLiteral("2:15 spoken")));
    EXPECT_TRUE(editor.totalLabel()->text().contains(QStringLiteral("over two minutes")));
    EXPECT_EQ(editor.totalLabel()->foregroundRole(), QPalette::Link);
}

TEST(PitchEditorTest, EmptyPartsShowTheFallback)
{
    PitchEditor editor;
    const QString hint = editor.partEdit(Part::Who)->placeholderText();
    Pitch fallback;
    fallback.who = QStringLiteral("The default opening.");
    editor.setFallback(fallback);
    EXPECT_TRUE(editor.partEdit(Part::Who)->placeholderText().contains(
        QStringLiteral("The default opening.")));
    EXPECT_NE(editor.partEdit(Part::Who)->placeholderText(), hint);
    // A part the fallback leaves empty keeps its guidance.
    EXPECT_FALSE(editor.partEdit(Part::Seeking)->placeholderText().isEmpty());
    EXPECT_TRUE(editor.totalLabel()->text().contains(QStringLiteral("default pitch")));
}

class DefaultPitchDialogTest : public DocumentTest {
protected:
    void SetUp() override { openDocument(false); }
};

TEST_F(DefaultPitchDialogTest, ShowsTheBanksDefaultPitch)
{
    document->bank().setDefaultPitch(samplePitch());
    DefaultPitchDialog dialog(*document);
    EXPECT_EQ(dialog.editor()->pitch(), samplePitch());
}

TEST_F(DefaultPitchDialogTest, TypingIsWrittenThroughTheBankAndUndoRestoresIt)
{
    document->bank().setDefaultPitch(samplePitch());
    DefaultPitchDialog dialog(*document);
    dialog.editor()->partEdit(Part::Who)->moveCursor(QTextCursor::End);
    QTest::keyClicks(dialog.editor()->partEdit(Part::Who), QStringLiteral(" Hi"));
    EXPECT_TRUE(document->hasPendingEdits());
    ASSERT_TRUE(dialog.commitPending());
    EXPECT_FALSE(document->hasPendingEdits());

    Pitch typed = samplePitch();
    typed.who += QStringLiteral(" Hi");
    EXPECT_EQ(document->bank().defaultPitch(), typed);
    EXPECT_EQ(document->undoStack().count(), 1) << "a burst of typing is one step";

    document->undoStack().undo();
    EXPECT_EQ(document->bank().defaultPitch(), samplePitch());
    EXPECT_EQ(dialog.editor()->pitch(), samplePitch()) << "the dialog shows what the bank holds";
    document->undoStack().redo();
    EXPECT_EQ(document->bank().defaultPitch(), typed);
    EXPECT_EQ(dialog.editor()->pitch(), typed);
}

TEST_F(DefaultPitchDialogTest, ClosingWritesWhatIsTyped)
{
    DefaultPitchDialog dialog(*document);
    dialog.show();
    dialog.editor()->partEdit(Part::Seeking)->setPlainText(QStringLiteral("Staff role."));
    dialog.reject();
    EXPECT_EQ(document->bank().defaultPitch().seeking, QStringLiteral("Staff role."));
}

TEST_F(DefaultPitchDialogTest, FollowsAPitchChangedElsewhere)
{
    DefaultPitchDialog dialog(*document);
    document->bank().setDefaultPitch(samplePitch());
    EXPECT_EQ(dialog.editor()->pitch(), samplePitch());
    EXPECT_EQ(document->undoStack().count(), 0) << "showing it is not an edit";
}

TEST_F(DefaultPitchDialogTest, OpensFromThePracticeMenuOncePerWindow)
{
    document->bank().setDefaultPitch(samplePitch());
    MainWindow window(*document);
    QAction* open = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Tell Me About Yourself…"))
            open = action;
    }
    ASSERT_NE(open, nullptr);
    open->trigger();
    DefaultPitchDialog* dialog = window.defaultPitchDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->editor()->pitch(), samplePitch());
    open->trigger();
    EXPECT_EQ(window.defaultPitchDialog(), dialog);
}

} // namespace
} // namespace sb::test
