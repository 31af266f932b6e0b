#include "app/gui/interview/InterviewCommands.h"

#include "app/gui/interview/InterviewText.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::InterviewCommands)
};

} // namespace

AddInterviewCommand::AddInterviewCommand(BankDocument& document, const Interview& interview)
    : BankCommand(document, Text::tr("New interview")), m_interview(interview)
{
    m_interview.id = InterviewId();
}

void AddInterviewCommand::redo()
{
    run([this](Bank& bank) {
        if (m_interview.id.isValid()) {
            bank.restoreInterview(m_interview);
        } else {
            const InterviewId id = bank.addInterview(m_interview);
            m_interview = bank.interview(id).value_or(m_interview); // with its timestamps
            m_interview.id = id;
        }
    });
}

void AddInterviewCommand::undo()
{
    run([this](Bank& bank) { bank.removeInterview(m_interview.id); });
}

RemoveInterviewCommand::RemoveInterviewCommand(BankDocument& document, InterviewId interview)
    : BankCommand(document, QString()),
      m_interview(document.bank().interview(interview).value_or(Interview {}))
{
    setText(Text::tr("Delete “%1”").arg(interviewtext::title(m_interview)));
}

void RemoveInterviewCommand::redo()
{
    run([this](Bank& bank) { bank.removeInterview(m_interview.id); });
}

void RemoveInterviewCommand::undo()
{
    run([this](Bank& bank) { bank.restoreInterview(m_interview); });
}

} // namespace sb::gui
