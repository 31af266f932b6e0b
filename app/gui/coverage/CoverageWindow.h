#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace sb {
class Bank;
}

namespace sb::gui {

class CoverageModel;

// Do I have a story for everything they will ask? Categories against stories as a heat map,
// with the gaps named above it. Clicking a coloured cell opens the story; clicking a category
// shows its questions.
class CoverageWindow : public QWidget {
    Q_OBJECT

public:
    explicit CoverageWindow(const Bank& bank, QWidget* parent = nullptr);

    void refresh();
    QTableView* table() const { return m_table; }
    CoverageModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }

signals:
    void storyRequested(sb::StoryId story);
    void categoryRequested(sb::CategoryId category);

private:
    void updateSummary();

    CoverageModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace sb::gui
