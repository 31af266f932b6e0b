// The windows for the day of an interview: the pitch, and everything planned for one interview.
#include "app/gui/MainWindow.h"

#include "app/gui/BankDocument.h"
#include "app/gui/interview/DefaultPitchDialog.h"
#include "app/gui/interview/InterviewDayWindow.h"

namespace sb::gui {

void MainWindow::showDefaultPitch()
{
    if (!m_pitch) {
        m_pitch = new DefaultPitchDialog(m_document, this);
        m_pitch->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_pitch->show();
    m_pitch->raise();
    m_pitch->activateWindow();
}

DefaultPitchDialog* MainWindow::defaultPitchDialog() const
{
    return m_pitch;
}

void MainWindow::showInterviewDay(InterviewId id)
{
    commitPending();
    auto* day = new InterviewDayWindow(m_document, id, this);
    day->setAttribute(Qt::WA_DeleteOnClose);
    day->show();
    day->activateWindow();
}

} // namespace sb::gui
