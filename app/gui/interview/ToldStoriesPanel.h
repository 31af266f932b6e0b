#pragma once

#include "core/model/Interview.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace sb::gui {

class BankDocument;
class InterviewEditor;

// Which story was told at this interview, in which round, to whom: what the repeat guard reads
// when a later round at the same company is planned. Round and interviewer are edited in place.
class ToldStoriesPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { Story, Question, Round, Interviewer, ColumnCount };

    ToldStoriesPanel(BankDocument& document, InterviewEditor& editor, QWidget* parent = nullptr);

    void showInterview(const Interview& interview);
    // Records that story was told here: for the question it was planned for, in this
    // interview's round at the company, to its first interviewer (both can be changed).
    void recordStory(StoryId story);
    void recordTelling(const StoryTelling& telling);
    void setRound(int row, const QString& round);
    void setInterviewer(int row, const QString& interviewer);
    void removeTelling(int row);

    QTableWidget* table() const { return m_table; }
    // This interview's round at its company: 1 for the first interview there, by date.
    int roundAtCompany() const;

private:
    void onItemChanged(int row, int column);

    BankDocument& m_document;
    InterviewEditor& m_editor;
    QTableWidget* m_table = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_loading = false;
};

} // namespace sb::gui
