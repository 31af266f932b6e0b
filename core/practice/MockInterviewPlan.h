#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QList>
#include <QString>

class QRandomGenerator;

namespace sb {
class Bank;
}

namespace sb::practice {

// Which questions a mock interview asks.
struct MockInterviewRequest {
    enum class Source {
        AllQuestions, // every question an interviewer could ask
        Categories, // questions filed under any of categories
        DueToday, // questions whose practice is due (stories alone are the flashcards' job)
        Interview, // the questions expected at interview
    };
    Source source = Source::AllQuestions;
    QList<CategoryId> categories;
    int questionCount = 5;
    InterviewId interview = InterviewId(); // for Source::Interview
};

// One question as the mock interviewer asks it: in one of its phrasings, so the words change
// from one sitting to the next as they do between real interviewers.
struct MockQuestion {
    QuestionId question;
    QString wording;
    friend bool operator==(const MockQuestion&, const MockQuestion&) = default;
};

// Up to request.questionCount questions in random order, each at most once. Questions for the
// candidate to ask the interviewer are never asked of the candidate. The generator is passed
// in so tests can fix the draw.
QList<MockQuestion> planMockInterview(
    const Bank& bank, const MockInterviewRequest& request, QDate today, QRandomGenerator& random);

} // namespace sb::practice
