#include "app/gui/practice/MockInterviewWindow.h"

#include "app/gui/practice/AnswerCountdown.h"
#include "app/gui/practice/AnswerRecorder.h"
#include "app/gui/practice/FullWindowMode.h"
#include "app/gui/practice/MockInterviewSetup.h"
#include "app/gui/practice/PracticeAnswer.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/analysis/SpeakingTime.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>

namespace sb::gui {

namespace {

enum Page { SetupPage, QuestionPage, SummaryPage };

} // namespace

MockInterviewWindow::MockInterviewWindow(Bank& bank, QWidget* parent)
    : QWidget(parent, Qt::Window), m_bank(bank)
{
    setWindowTitle(tr("Mock Interview"));
    auto* setupPage = new QWidget;
    auto* setupLayout = new QVBoxLayout(setupPage);
    m_setup = new MockInterviewSetup(bank);
    m_noQuestions = new QLabel;
    m_noQuestions->setWordWrap(true);
    m_noQuestions->setForegroundRole(QPalette::Link);
    m_noQuestions->hide();
    setupLayout->addWidget(m_setup);
    setupLayout->addWidget(m_noQuestions);
    connect(
        m_setup, &MockInterviewSetup::startRequested, this, &MockInterviewWindow::startFromSetup);

    m_pages = new QStackedWidget;
    m_pages->addWidget(setupPage);
    m_pages->addWidget(buildQuestionPage());
    m_pages->addWidget(buildSummaryPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(readableColumn(m_pages));

    // Window-wide, so they work whichever control has focus; on the setup page Space and the
    // digits stay with the form.
    const auto key = [this](const QKeySequence& sequence, auto action) {
        auto* shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    key(QKeySequence(Qt::Key_Space), [this] {
        if (currentPage() == QuestionPage && !isAnswerShown())
            showAnswer();
    });
    for (int value = 1; value <= 4; ++value)
        key(QKeySequence(Qt::Key(Qt::Key_0 + value)), [this, value] {
            if (currentPage() == QuestionPage && isAnswerShown())
                rate(Recall(value));
        });
    key(QKeySequence(Qt::Key_Escape), [this] {
        if (currentPage() == QuestionPage)
            finish();
        else
            close();
    });
    addFullWindowToggle(this);
    resize(760, 600);
}

QWidget* MockInterviewWindow::buildQuestionPage()
{
    auto* page = new QWidget;
    m_progress = new QLabel;
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_question = new QLabel;
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_question->setFont(big);
    m_countdown = new AnswerCountdown;
    m_recorder = new AnswerRecorder;
    m_recorder->setFolder(m_bank.recordingsFolder());
    m_recorder->setVisible(AnswerRecorder::isAvailable());
    connect(m_recorder, &AnswerRecorder::failed, this, [this] { m_recordingFailed = true; });
    m_reveal = new QPushButton(tr("I’ve Answered: Show My Stories  (Space)"));
    m_reveal->setFocusPolicy(Qt::NoFocus);
    connect(m_reveal, &QPushButton::clicked, this, &MockInterviewWindow::showAnswer);
    m_answer = new QTextBrowser;
    m_ratings = new QWidget;
    auto* ratingBox = new QVBoxLayout(m_ratings);
    ratingBox->setContentsMargins(0, 0, 0, 0);
    ratingBox->addWidget(new QLabel(tr("How did your answer go?")));
    auto* ratingRow = new QHBoxLayout;
    ratingBox->addLayout(ratingRow);
    for (int value = 1; value <= 4; ++value) {
        auto* button = new QPushButton;
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, value] { rate(Recall(value)); });
        m_rateButtons.append(button);
        ratingRow->addWidget(button);
    }
    auto* keys = new QLabel(tr("Esc ends the interview · F11 full window"));
    keys->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_question);
    layout->addSpacing(m_question->fontMetrics().height());
    layout->addWidget(m_countdown);
    layout->addWidget(m_recorder, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addWidget(m_answer, 4);
    layout->addWidget(m_reveal);
    layout->addWidget(m_ratings);
    layout->addWidget(keys, 0, Qt::AlignRight);
    return page;
}

QWidget* MockInterviewWindow::buildSummaryPage()
{
    auto* page = new QWidget;
    m_summaryHeading = new QLabel;
    m_summaryHeading->setWordWrap(true);
    m_summary = new QTableWidget(0, 3);
    m_summary->setHorizontalHeaderLabels({tr("Question"), tr("Time"), tr("How it went")});
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    auto* again = new QPushButton(tr("Practise Again"));
    connect(again, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(SetupPage); });
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(again);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryHeading);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    return page;
}

int MockInterviewWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MockInterviewWindow::startFromSetup()
{
    const QList<practice::MockQuestion> questions = practice::planMockInterview(
        m_bank, m_setup->request(), QDate::currentDate(), *QRandomGenerator::global());
    if (questions.isEmpty()) {
        m_noQuestions->setText(
            m_setup->request().source == practice::MockInterviewRequest::Source::DueToday
                ? tr("No question is due today. Choose another set, or come back tomorrow.")
                : tr("There are no questions to ask in this choice. Add questions to the "
                     "bank, or choose other categories."));
        m_noQuestions->show();
        return;
    }
    m_noQuestions->hide();
    start(questions, m_setup->answerSeconds(), m_setup->recordsAnswers());
}

void MockInterviewWindow::start(
    const QList<practice::MockQuestion>& questions, int answerSeconds, bool recordAnswers)
{
    m_questions = questions;
    m_answerSeconds = answerSeconds;
    m_recordAnswers = recordAnswers && AnswerRecorder::isAvailable();
    m_at = 0;
    m_answers.clear();
    m_pages->setCurrentIndex(QuestionPage);
    askCurrent();
}

void MockInterviewWindow::askCurrent()
{
    if (m_at >= m_questions.size()) {
        showSummary();
        return;
    }
    m_progress->setText(tr("Question %1 of %2").arg(m_at + 1).arg(m_questions.size()));
    m_question->setText(m_questions[m_at].wording);
    m_answer->hide();
    m_ratings->hide();
    m_reveal->show();
    m_countdown->start(m_answerSeconds);
    startRecording();
}

void MockInterviewWindow::startRecording()
{
    m_recording.clear();
    m_recordingFailed = false;
    if (!m_recordAnswers)
        return;
    m_recording =
        AnswerRecorder::newRecordingPath(m_bank.recordingsFolder(), QDateTime::currentDateTime());
    m_recorder->start(m_recording);
}

// The name the practice record keeps: none when nothing was recorded or recording never began
// (a recording that broke off is kept, and named, with what it has).
QString MockInterviewWindow::finishRecording()
{
    if (m_recording.isEmpty())
        return {};
    if (m_recorder->isRecording())
        m_recorder->stop();
    const bool written = !m_recordingFailed || QFileInfo::exists(m_recording);
    return written ? QFileInfo(m_recording).fileName() : QString();
}

bool MockInterviewWindow::isAnswerShown() const
{
    return m_answer->isVisibleTo(this);
}

void MockInterviewWindow::showAnswer()
{
    if (currentPage() != QuestionPage || m_at >= m_questions.size())
        return;
    m_countdown->stop();
    if (m_recorder->isRecording())
        m_recorder->stop();
    const PracticeItem item {StoryId(), m_questions[m_at].question};
    m_answer->setHtml(practiceAnswerHtml(m_bank, item));
    const std::optional<PracticeRecord> last = m_bank.lastPractice(item);
    for (int value = 1; value <= 4; ++value)
        m_rateButtons[value - 1]->setText(ratingButtonText(Recall(value), last));
    m_reveal->hide();
    m_answer->show();
    m_ratings->show();
}

void MockInterviewWindow::rate(Recall recall)
{
    if (currentPage() != QuestionPage || m_at >= m_questions.size() || !isAnswerShown())
        return;
    const int seconds = m_countdown->elapsedSeconds();
    const QString recording = finishRecording();
    try {
        m_bank.logPractice({StoryId(), m_questions[m_at].question}, recall, seconds,
            QDateTime::currentDateTime(), recording);
    } catch (const BankError& error) {
        // The answer stays on screen, so the rating can be given again once the bank takes it.
        QMessageBox::warning(this, tr("Practice not saved"), error.message());
        return;
    }
    m_answers.append(
        {m_questions[m_at].wording, seconds, m_countdown->isOverTime(), recall, recording});
    ++m_at;
    askCurrent();
}

// Ends the interview where it is: what was rated is kept, the question on screen is not.
void MockInterviewWindow::finish()
{
    m_countdown->stop();
    // The unrated answer's recording stays in the folder (nothing is deleted) but is not kept
    // with any practice.
    if (m_recorder->isRecording())
        m_recorder->stop();
    if (m_answers.isEmpty()) {
        close();
        return;
    }
    showSummary();
}

void MockInterviewWindow::showSummary()
{
    m_countdown->stop();
    int total = 0;
    int inTime = 0;
    m_summary->setRowCount(int(m_answers.size()));
    for (int row = 0; row < m_answers.size(); ++row) {
        const Answer& answer = m_answers[row];
        total += answer.seconds;
        inTime += answer.overTime ? 0 : 1;
        const QString time = answer.overTime
            ? tr("%1 (over by %2)")
                  .arg(speakingtime::clock(answer.seconds),
                      speakingtime::clock(answer.seconds - m_answerSeconds))
            : speakingtime::clock(answer.seconds);
        m_summary->setItem(row, 0, new QTableWidgetItem(answer.wording));
        m_summary->setItem(row, 1, new QTableWidgetItem(time));
        m_summary->setItem(row, 2, new QTableWidgetItem(recallName(answer.recall)));
    }
    m_summary->resizeRowsToContents();
    const int asked = int(m_answers.size());
    m_summaryHeading->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(asked == 1 ? tr("1 question answered") : tr("%1 questions answered").arg(asked),
                tr("%1 in all · %2 of %3 within %4 · The ones you found hard come back "
                   "soonest.")
                    .arg(speakingtime::clock(total))
                    .arg(inTime)
                    .arg(asked)
                    .arg(speakingtime::clock(m_answerSeconds))));
    m_pages->setCurrentIndex(SummaryPage);
}

} // namespace sb::gui
