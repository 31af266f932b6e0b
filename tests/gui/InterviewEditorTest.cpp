#include "app/gui/interview/InterviewEditor.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NavigatorModel.h"
#include "app/gui/interview/CompanyValuesPanel.h"
#include "app/gui/interview/ExpectedQuestionsPanel.h"
#include "app/gui/interview/InterviewListModel.h"
#include "app/gui/interview/InterviewListPane.h"
#include "app/gui/interview/PitchEditor.h"
#include "app/gui/interview/ToldStoriesPanel.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonImporter.h"
#include "tests/gui/DocumentTest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace sb::test {
namespace {

using namespace sb::gui;
using Section = NavigatorModel::Section;

Story storyWithCues(const QString& title, const QStringList& cues)
{
    Story story;
    story.title = title;
    story.cues = cues;
    return story;
}

Interview interviewAt(const QString& company, const QDateTime& when)
{
    Interview interview;
    interview.company = company;
    interview.scheduled = when;
    return interview;
}

class InterviewEditorTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        Question question;
        question.text = QStringLiteral("Tell me about a time you disagreed with your manager.");
        disagreed = bank.addQuestion(question);
        rescue = bank.addStory(storyWithCues(QStringLiteral("Launch rescue"),
            {QStringLiteral("Two weeks late"), QStringLiteral("Cut scope with the PM")}));
        mentor = bank.addStory(storyWithCues(QStringLiteral("Mentored a new hire"), {}));
    }

    QuestionId disagreed;
    StoryId rescue, mentor;
};

TEST_F(InterviewEditorTest, AnInterviewMadeInTheWindowKeepsEveryField)
{
    MainWindow window(*document);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showSection(Section::Interviews);
    window.interviewPane()->newButton()->click();
    ASSERT_EQ(document->bank().interviews().size(), 1);
    InterviewEditor* editor = window.interviewEditor();
    EXPECT_TRUE(editor->companyEdit()->hasFocus()) << "a new interview starts in its company";

    QTest::keyClicks(editor->companyEdit(), QStringLiteral("Acme"));
    QTest::keyClicks(editor->roleEdit(), QStringLiteral("Staff Engineer"));
    QTest::keyClicks(editor->levelEdit(), QStringLiteral("L6"));
    editor->datedBox()->click();
    const QDateTime when(QDate(2031, 12, 8), QTime(14, 30));
    editor->dateEdit()->setDateTime(when);
    QTest::keyClicks(editor->stageCombo()->lineEdit(), QStringLiteral("Onsite loop"));
    QTest::keyClicks(editor->interviewersEdit(), QStringLiteral("Dana Reyes, Sam Ito"));
    QTest::keyClicks(editor->notesEdit(), QStringLiteral("Values: ownership, frugality."));
    QTest::keyClicks(editor->asksEdit(), QStringLiteral("What does success look like?"));
    QTest::keyClicks(editor->pitchEditor()->partEdit(PitchEditor::Part::Who),
        QStringLiteral("Backend engineer who likes hard migrations."));

    ExpectedQuestionsPanel* questions = editor->questionsPanel();
    questions->addQuestion(disagreed);
    questions->writeQuestion(QStringLiteral("How do you handle ambiguity?"));
    questions->planStory(disagreed, rescue);
    CompanyValuesPanel* values = editor->valuesPanel();
    values->addValue(QStringLiteral("Ownership"), QStringLiteral("Act for the whole company"));
    values->mapStory(0, mentor);
    values->addValue(QStringLiteral("Frugality"));
    editor->toldPanel()->recordStory(rescue);
    ASSERT_TRUE(editor->commitPending());

    const Interview stored = document->bank().interviews().first();
    EXPECT_EQ(stored.company, QStringLiteral("Acme"));
    EXPECT_EQ(stored.role, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(stored.level, QStringLiteral("L6"));
    EXPECT_EQ(stored.scheduled, when);
    EXPECT_EQ(stored.stage, QStringLiteral("Onsite loop"));
    EXPECT_EQ(stored.interviewers, QStringLiteral("Dana Reyes, Sam Ito"));
    EXPECT_EQ(stored.notes, QStringLiteral("Values: ownership, frugality."));
    EXPECT_EQ(stored.asks, QStringList {QStringLiteral("What does success look like?")});
    EXPECT_EQ(stored.pitch.who, QStringLiteral("Backend engineer who likes hard migrations."));
    ASSERT_EQ(stored.questions.size(), 2);
    EXPECT_EQ(stored.questions.first(), disagreed);
    const auto written = document->bank().question(stored.questions.last());
    ASSERT_TRUE(written.has_value()) << "a question written here is added to the bank";
    EXPECT_EQ(written->text, QStringLiteral("How do you handle ambiguity?"));
    EXPECT_EQ(stored.plan, (QList<PlannedStory> {{disagreed, rescue}}));
    ASSERT_EQ(stored.values.size(), 2);
    EXPECT_EQ(stored.values[0].name, QStringLiteral("Ownership"));
    EXPECT_EQ(stored.values[0].description, QStringLiteral("Act for the whole company"));
    EXPECT_EQ(stored.values[0].stories, QList<StoryId> {mentor});
    EXPECT_TRUE(stored.values[1].stories.isEmpty());
    // The first interview at Acme is round 1, told to its first interviewer, for the question
    // the story was planned for.
    EXPECT_EQ(stored.told,
        (QList<StoryTelling> {
            {rescue, disagreed, QStringLiteral("1"), QStringLiteral("Dana Reyes")}}));

    EXPECT_TRUE(values->gapOf(0).isEmpty());
    EXPECT_EQ(values->gapOf(1), QStringLiteral("No story yet"));
    // The plan shows the story's cues under it.
    QTreeWidgetItem* planned = questions->storyItem(disagreed, rescue);
    ASSERT_NE(planned, nullptr);
    // Its two cues, and no flag: told in this round is not told before it.
    ASSERT_EQ(planned->childCount(), 2);
    EXPECT_TRUE(planned->child(0)->text(0).contains(QStringLiteral("Two weeks late")));
}

// Issue 8's acceptance: made in the window, exported to JSON and imported into an empty bank,
// the interview comes back with every field and link (ids differ; titles and texts match).
TEST_F(InterviewEditorTest, AnInterviewMadeInTheWindowSurvivesJsonIntoAnEmptyBank)
{
    MainWindow window(*document);
    window.show();
    window.showSection(Section::Interviews);
    window.interviewPane()->newButton()->click();
    InterviewEditor* editor = window.interviewEditor();
    QTest::keyClicks(editor->companyEdit(), QStringLiteral("Acme"));
    QTest::keyClicks(editor->roleEdit(), QStringLiteral("Staff Engineer"));
    QTest::keyClicks(editor->levelEdit(), QStringLiteral("L6"));
    editor->datedBox()->click();
    editor->dateEdit()->setDateTime(QDateTime(QDate(2031, 12, 8), QTime(14, 30)));
    QTest::keyClicks(editor->stageCombo()->lineEdit(), QStringLiteral("Onsite loop"));
    QTest::keyClicks(editor->interviewersEdit(), QStringLiteral("Dana Reyes"));
    QTest::keyClicks(editor->notesEdit(), QStringLiteral("Lingo: pods."));
    QTest::keyClicks(editor->asksEdit(), QStringLiteral("What does success look like?"));
    QTest::keyClicks(editor->pitchEditor()->partEdit(PitchEditor::Part::Seeking),
        QStringLiteral("Acme's platform team."));
    editor->questionsPanel()->addQuestion(disagreed);
    editor->questionsPanel()->writeQuestion(QStringLiteral("How do you handle ambiguity?"));
    editor->questionsPanel()->planStory(disagreed, rescue);
    editor->valuesPanel()->addValue(QStringLiteral("Ownership"), QStringLiteral("Act for all"));
    editor->valuesPanel()->mapStory(0, mentor);
    editor->valuesPanel()->addValue(QStringLiteral("Frugality"));
    editor->toldPanel()->recordStory(rescue);
    ASSERT_TRUE(editor->commitPending());
    const Interview made = document->bank().interviews().first();

    const QString copyPath = m_dir.filePath(QStringLiteral("empty.storybank"));
    const std::unique_ptr<Bank> copy = Bank::create(copyPath, {false});
    copy->importDocuments({JsonImporter::parse(
        JsonExporter::write(document->bank()), QStringLiteral("export.json"))});
    ASSERT_EQ(copy->interviews().size(), 1);
    const Interview back = copy->interviews().first();

    // Every field, with the ids of the copy's own questions and stories put back to ours.
    QHash<int64_t, QuestionId> question;
    for (const Question& q : copy->questions())
        for (const Question& ours : document->bank().questions())
            if (ours.text == q.text)
                question.insert(q.id.value, ours.id);
    QHash<int64_t, StoryId> story;
    for (const Story& s : copy->stories())
        for (const Story& ours : document->bank().stories())
            if (ours.title == s.title)
                story.insert(s.id.value, ours.id);
    Interview mapped = back;
    mapped.id = made.id;
    for (QuestionId& q : mapped.questions)
        q = question.value(q.value);
    for (PlannedStory& p : mapped.plan)
        p = {question.value(p.question.value), story.value(p.story.value)};
    for (StoryTelling& t : mapped.told)
        t = {story.value(t.story.value), question.value(t.question.value), t.round, t.interviewer};
    for (CompanyValue& v : mapped.values)
        for (StoryId& s : v.stories)
            s = story.value(s.value);
    EXPECT_EQ(mapped, made);
    EXPECT_EQ(made.questions.size(), 2);
    EXPECT_EQ(made.values.size(), 2);
    EXPECT_EQ(made.told.size(), 1);
    EXPECT_EQ(made.pitch.seeking, QStringLiteral("Acme's platform team."));
}

TEST_F(InterviewEditorTest, ARepeatIsFlaggedAtTheSameCompanyInAnyCaseAndNotElsewhere)
{
    Bank& bank = document->bank();
    Interview first =
        interviewAt(QStringLiteral("Acme Corp"), QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
    first.told = {{rescue, disagreed, QStringLiteral("1"), QStringLiteral("Dana")}};
    bank.addInterview(first);
    Interview second =
        interviewAt(QStringLiteral("acme  corp"), QDateTime(QDate(2026, 12, 8), QTime(10, 0)));
    second.questions = {disagreed};
    second.plan = {{disagreed, rescue}, {disagreed, mentor}};
    const InterviewId later = bank.addInterview(second);
    Interview other =
        interviewAt(QStringLiteral("Globex"), QDateTime(QDate(2026, 12, 9), QTime(10, 0)));
    other.questions = {disagreed};
    other.plan = {{disagreed, rescue}};
    const InterviewId elsewhere = bank.addInterview(other);

    InterviewEditor editor(*document);
    ASSERT_TRUE(editor.setInterview(later));
    const QString warning = editor.questionsPanel()->warningOf(disagreed, rescue);
    EXPECT_TRUE(warning.startsWith(QStringLiteral("Told to Dana in round 1 (")))
        << warning.toStdString();
    EXPECT_FALSE(editor.questionsPanel()->storyItem(disagreed, rescue)->icon(0).isNull());
    EXPECT_TRUE(editor.questionsPanel()->warningOf(disagreed, mentor).isEmpty());

    ASSERT_TRUE(editor.setInterview(elsewhere));
    EXPECT_TRUE(editor.questionsPanel()->warningOf(disagreed, rescue).isEmpty());
}

TEST_F(InterviewEditorTest, UndoOfAnEditRestoresTheValue)
{
    Interview made = interviewAt(QStringLiteral("Acme"), QDateTime());
    made.role = QStringLiteral("Engineer");
    const InterviewId id = document->bank().addInterview(made);
    InterviewEditor editor(*document);
    ASSERT_TRUE(editor.setInterview(id));

    editor.roleEdit()->setFocus();
    editor.roleEdit()->selectAll();
    QTest::keyClicks(editor.roleEdit(), QStringLiteral("Staff Engineer"));
    ASSERT_TRUE(editor.commitPending());
    EXPECT_EQ(document->bank().interview(id)->role, QStringLiteral("Staff Engineer"));
    editor.questionsPanel()->planStory(disagreed, rescue);
    EXPECT_EQ(document->bank().interview(id)->plan.size(), 1);

    document->undoStack().undo();
    EXPECT_TRUE(document->bank().interview(id)->plan.isEmpty());
    EXPECT_TRUE(document->bank().interview(id)->questions.isEmpty());
    document->undoStack().undo();
    EXPECT_EQ(document->bank().interview(id)->role, QStringLiteral("Engineer"));
    EXPECT_EQ(editor.roleEdit()->text(), QStringLiteral("Engineer")) << "the field shows it too";
    document->undoStack().redo();
    EXPECT_EQ(document->bank().interview(id)->role, QStringLiteral("Staff Engineer"));
}

TEST_F(InterviewEditorTest, ADeletedInterviewComesBackWithItsIdAndPlan)
{
    InterviewListPane pane(*document);
    pane.newInterview();
    const InterviewId id = pane.current();
    ASSERT_TRUE(id.isValid());
    document->bank().planStory(id, disagreed, rescue);
    pane.deleteCurrent();
    EXPECT_TRUE(document->bank().interviews().isEmpty());
    document->undoStack().undo();
    const auto back = document->bank().interview(id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->plan, (QList<PlannedStory> {{disagreed, rescue}}));
    document->undoStack().undo(); // and the new interview itself
    EXPECT_TRUE(document->bank().interviews().isEmpty());
    document->undoStack().redo();
    EXPECT_TRUE(document->bank().interview(id).has_value()) << "redo keeps the id";
}

class InterviewOrderTest : public DocumentTest {
protected:
    void SetUp() override
    {
        openDocument(false);
        Bank& bank = document->bank();
        past = bank.addInterview(interviewAt(QStringLiteral("Initech"), at(11, 20)));
        undated = bank.addInterview(interviewAt(QStringLiteral("Hooli"), QDateTime()));
        later = bank.addInterview(interviewAt(QStringLiteral("Globex"), at(12, 10)));
        next = bank.addInterview(interviewAt(QStringLiteral("Acme"), at(12, 3)));
    }

    static QDateTime at(int month, int day)
    {
        return QDateTime(QDate(2026, month, day), QTime(9, 0));
    }
    static QDateTime today() { return QDateTime(QDate(2026, 12, 1), QTime(8, 0)); }

    InterviewId past, undated, later, next;
};

TEST_F(InterviewOrderTest, TheNavigatorListsTheNextInterviewFirstAndPastOnesLast)
{
    NavigatorModel model(*document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClock(&InterviewOrderTest::today);
    const QModelIndex section = model.sectionIndex(Section::Interviews);
    EXPECT_EQ(section.data().toString(), QStringLiteral("Interviews (4)"));
    ASSERT_EQ(model.rowCount(section), 4);
    const auto order = [&] {
        QList<InterviewId> ids;
        for (int row = 0; row < model.rowCount(section); ++row)
            ids.append(model.nodeAt(model.index(row, 0, section)).interview);
        return ids;
    };
    EXPECT_EQ(order(), (QList<InterviewId> {next, later, undated, past}));
    EXPECT_TRUE(model.index(0, 0, section).data().toString().endsWith(QStringLiteral(" · Acme")));
    EXPECT_TRUE(model.index(0, 0, section).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model.index(3, 0, section).data(Qt::ForegroundRole).isValid()) << "past is greyed";

    // Moved earlier, Globex becomes the next one; a selection on it follows it.
    const QPersistentModelIndex globex = model.interviewIndex(later);
    Interview moved = *document->bank().interview(later);
    moved.scheduled = at(12, 2);
    document->bank().updateInterview(moved);
    EXPECT_EQ(order(), (QList<InterviewId> {later, next, undated, past}));
    EXPECT_EQ(globex.row(), 0);

    // The day after Acme's, Acme is past too, and the latest past comes first among them.
    model.setClock([] { return QDateTime(QDate(2026, 12, 4), QTime(8, 0)); });
    EXPECT_EQ(order(), (QList<InterviewId> {undated, next, later, past}));
    document->bank().removeInterview(undated);
    EXPECT_EQ(order(), (QList<InterviewId> {next, later, past}));
}

TEST_F(InterviewOrderTest, TheListPaneUsesTheSameOrder)
{
    InterviewListModel model(document->bank());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClock([] { return QDate(2026, 12, 1); });
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.interviewAt(model.index(0, 0)), next);
    EXPECT_EQ(model.interviewAt(model.index(3, 0)), past);
    EXPECT_EQ(
        model.index(2, InterviewListModel::Date).data().toString(), QStringLiteral("No date yet"));
}

} // namespace
} // namespace sb::test
