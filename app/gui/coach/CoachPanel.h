#pragma once

#include "core/analysis/CoachFinding.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sb::gui {

// The story coach's advice on the open story, one line each with its reason in the tooltip.
// Activating a line asks for the text it is about; Dismiss sets that advice aside for the story.
class CoachPanel : public QWidget {
    Q_OBJECT

public:
    explicit CoachPanel(QWidget* parent = nullptr);

    void setFindings(const QList<CoachFinding>& findings);
    const QList<CoachFinding>& findings() const { return m_findings; }
    QListWidget* list() const { return m_list; }
    QPushButton* dismissButton() const { return m_dismiss; }

signals:
    void findingActivated(const sb::CoachFinding& finding);
    void dismissRequested(const QString& rule);

private:
    void updateButton();

    QList<CoachFinding> m_findings;
    QListWidget* m_list = nullptr;
    QLabel* m_allGood = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace sb::gui
