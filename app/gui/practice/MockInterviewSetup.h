#pragma once

#include "core/practice/MockInterviewPlan.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace sb {
class Bank;
}

namespace sb::gui {

// The first page of a mock interview: which questions (every one, chosen categories, what is
// due today, or those expected at an interview), how many, and how long an answer should take. The
// choices are remembered for the next sitting.
class MockInterviewSetup : public QWidget {
    Q_OBJECT

public:
    explicit MockInterviewSetup(const Bank& bank, QWidget* parent = nullptr);

    practice::MockInterviewRequest request() const;
    int answerSeconds() const;
    // Whether each answer is recorded; false where recording is not possible.
    bool recordsAnswers() const;
    void setRequest(const practice::MockInterviewRequest& request, int answerSeconds);
    QPushButton* startButton() const { return m_start; }

signals:
    void startRequested();

private:
    void fillCategories(const Bank& bank);
    void fillInterviews(const Bank& bank);
    void updateEnabled();
    void remember() const;

    QRadioButton* m_all = nullptr;
    QRadioButton* m_chosen = nullptr;
    QRadioButton* m_due = nullptr;
    QRadioButton* m_atInterview = nullptr;
    QComboBox* m_interviews = nullptr;
    QButtonGroup* m_sources = nullptr;
    QListWidget* m_categories = nullptr;
    QSpinBox* m_count = nullptr;
    QTimeEdit* m_answerTime = nullptr;
    QCheckBox* m_record = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace sb::gui
