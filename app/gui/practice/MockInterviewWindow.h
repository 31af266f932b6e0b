#pragma once

#include "core/practice/MockInterviewPlan.h"
#include "core/practice/Recall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace sb {
class Bank;
}

namespace sb::gui {

class AnswerCountdown;
class AnswerRecorder;
class MockInterviewSetup;

// A mock interview: questions one at a time in one of their wordings, answered out loud
// against a countdown; Space ends the answer and shows the stories prepared for it; 1–4 say
// how it went, which is logged as practice of the question and schedules it (SM-2). Esc ends
// the interview early; F11 gives it the whole screen. A summary lists every answer with its
// time and rating.
class MockInterviewWindow : public QWidget {
    Q_OBJECT

public:
    struct Answer {
        QString wording;
        int seconds = 0;
        bool overTime = false;
        Recall recall = Recall::Good;
        QString recording; // the answer's audio file, when it was recorded
    };

    explicit MockInterviewWindow(Bank& bank, QWidget* parent = nullptr);

    // Starts with these questions (the setup page's Start draws them at random).
    void start(const QList<practice::MockQuestion>& questions, int answerSeconds,
        bool recordAnswers = false);
    bool isAnswerShown() const;
    void showAnswer();
    void rate(Recall recall);
    void finish();

    MockInterviewSetup* setup() const { return m_setup; }
    AnswerCountdown* countdown() const { return m_countdown; }
    AnswerRecorder* recorder() const { return m_recorder; }
    QLabel* question() const { return m_question; }
    QTextBrowser* answer() const { return m_answer; }
    QTableWidget* summary() const { return m_summary; }
    const QList<Answer>& answers() const { return m_answers; }
    int currentPage() const;

private:
    QWidget* buildQuestionPage();
    QWidget* buildSummaryPage();
    void startFromSetup();
    void askCurrent();
    void showSummary();
    void startRecording();
    QString finishRecording();

    Bank& m_bank;
    QList<practice::MockQuestion> m_questions;
    qsizetype m_at = 0;
    int m_answerSeconds = 120;
    bool m_recordAnswers = false;
    QString m_recording; // the file this answer is being recorded into
    bool m_recordingFailed = false;
    QList<Answer> m_answers;

    QStackedWidget* m_pages = nullptr;
    MockInterviewSetup* m_setup = nullptr;
    QLabel* m_noQuestions = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_question = nullptr;
    AnswerCountdown* m_countdown = nullptr;
    AnswerRecorder* m_recorder = nullptr;
    QPushButton* m_reveal = nullptr;
    QTextBrowser* m_answer = nullptr;
    QWidget* m_ratings = nullptr;
    QList<QPushButton*> m_rateButtons; // again first
    QLabel* m_summaryHeading = nullptr;
    QTableWidget* m_summary = nullptr;
};

} // namespace sb::gui
