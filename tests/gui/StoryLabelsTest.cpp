#include "app/gui/BankDocument.h"
#include "app/gui/CategoryChecklistModel.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/StoryLabelsPanel.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QToolButton>

namespace sb::test {
namespace {

using namespace sb::gui;

class StoryLabelsTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(true);
        id = document->bank().addStory(sampleStory());
        editor = std::make_unique<StoryEditor>(*document);
        editor->setStory(id);
        editor->show();
        tester = std::make_unique<QAbstractItemModelTester>(editor->labelsPanel()->categoryModel(),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    Story stored() const { return *document->bank().story(id); }

    void typeTag(const QString& name)
    {
        QLineEdit* field = editor->labelsPanel()->tagField();
        field->setFocus();
        QTest::keyClicks(field, name);
        QTest::keyClick(field, Qt::Key_Return);
    }

    std::unique_ptr<StoryEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    StoryId id;
};

TEST_F(StoryLabelsTest, TickingACategoryIsAnUndoableEdit)
{
    CategoryChecklistModel* model = editor->labelsPanel()->categoryModel();
    ASSERT_GE(model->rowCount(), 15);
    const QModelIndex conflict = model->index(0);
    ASSERT_EQ(conflict.data().toString(), QStringLiteral("Conflict"));
    EXPECT_TRUE(model->setData(conflict, Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(stored().categories.size(), 1);
    EXPECT_EQ(model->index(0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    document->undoStack().undo();
    EXPECT_TRUE(stored().categories.isEmpty());
    EXPECT_EQ(model->index(0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

TEST_F(StoryLabelsTest, NewTagIsCreatedAndAttachedAsOneUndoStep)
{
    typeTag(QStringLiteral("negotiation"));
    const auto tag = document->bank().tagNamed(QStringLiteral("negotiation"));
    ASSERT_TRUE(tag.has_value());
    EXPECT_EQ(stored().tags, QList<TagId> {tag->id});
    EXPECT_EQ(document->undoStack().count(), 1);

    document->undoStack().undo();
    EXPECT_TRUE(stored().tags.isEmpty());
    EXPECT_FALSE(document->bank().tagNamed(QStringLiteral("negotiation")).has_value());

    document->undoStack().redo();
    EXPECT_EQ(stored().tags, QList<TagId> {tag->id}) << "redo brings the same tag back";
}

TEST_F(StoryLabelsTest, ExistingTagIsReusedIgnoringCase)
{
    const TagId existing = document->bank().ensureTag(QStringLiteral("Python"));
    typeTag(QStringLiteral("python"));
    EXPECT_EQ(stored().tags, QList<TagId> {existing});
    EXPECT_EQ(document->bank().tags().size(), 1);
    typeTag(QStringLiteral("PYTHON"));
    EXPECT_EQ(stored().tags.size(), 1) << "a tag is on a story once";
}

TEST_F(StoryLabelsTest, ChipsFollowARenameAndStayPutWhileTheStoryIsRetyped)
{
    typeTag(QStringLiteral("mentoring"));
    const auto visibleChips = [this] {
        QList<QToolButton*> chips;
        for (auto* button : editor->labelsPanel()->findChildren<QToolButton*>()) {
            if (!button->isHidden() && button->text().contains(QStringLiteral("✕")))
                chips.append(button);
        }
        return chips;
    };
    ASSERT_EQ(visibleChips().size(), 1);
    QToolButton* chip = visibleChips().first();
    Story retyped = stored();
    retyped.situation += QStringLiteral(" More.");
    document->bank().updateStory(retyped); // re-shows the story
    EXPECT_EQ(visibleChips(), QList<QToolButton*> {chip}); // the same chip, not a new one

    Tag renamed = *document->bank().tagNamed(QStringLiteral("mentoring"));
    renamed.name = QStringLiteral("coaching");
    document->bank().updateTag(renamed);
    ASSERT_EQ(visibleChips().size(), 1);
    EXPECT_TRUE(visibleChips().first()->text().startsWith(QStringLiteral("coaching")));
}

TEST_F(StoryLabelsTest, ClickingATagChipRemovesTheTagFromTheStoryOnly)
{
    typeTag(QStringLiteral("mentoring"));
    QToolButton* chip = nullptr;
    for (auto* button : editor->labelsPanel()->findChildren<QToolButton*>()) {
        if (button->text().startsWith(QStringLiteral("mentoring")) && !button->isHidden())
            chip = button;
    }
    ASSERT_NE(chip, nullptr);
    chip->click();
    EXPECT_TRUE(stored().tags.isEmpty());
    EXPECT_TRUE(document->bank().tagNamed(QStringLiteral("mentoring")).has_value());
}

} // namespace
} // namespace sb::test

#include <sqlite3.h>

namespace sb::test {
namespace {

TEST_F(StoryLabelsTest, AWriteRefusedByABusyBankLeavesEditorAndBankInStep)
{
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(bankPath()).constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    QStringList failures;
    QObject::connect(document.get(), &BankDocument::writeFailed,
        [&](const QString& message) { failures.append(message); });

    CategoryChecklistModel* model = editor->labelsPanel()->categoryModel();
    model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole); // waits out the busy timeout
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    EXPECT_EQ(failures.size(), 1);
    EXPECT_TRUE(stored().categories.isEmpty());
    EXPECT_EQ(model->index(0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked)
        << "the editor shows what the bank holds";
    EXPECT_EQ(document->undoStack().count(), 0);
    typeTag(QStringLiteral("after the lock"));
    EXPECT_EQ(stored().tags.size(), 1) << "writing works again once the bank is free";
}

} // namespace
} // namespace sb::test
