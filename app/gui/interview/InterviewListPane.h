#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace sb::gui {

class BankDocument;
class InterviewListModel;

// The interviews being prepared for, next first, with buttons to add and delete one (both
// undoable).
class InterviewListPane : public QWidget {
    Q_OBJECT

public:
    explicit InterviewListPane(BankDocument& document, QWidget* parent = nullptr);

    InterviewListModel* model() const { return m_model; }
    QTreeView* list() const { return m_list; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* deleteButton() const { return m_delete; }
    InterviewId current() const;
    void select(InterviewId id);
    // Makes an interview with a placeholder company, selects it and says so (created()).
    void newInterview();
    void deleteCurrent();

signals:
    // Emitted before a write, so what is typed in the editor is written first.
    void aboutToWrite();
    void created(sb::InterviewId id);
    void deleted();

private:
    BankDocument& m_document;
    InterviewListModel* m_model = nullptr;
    QTreeView* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace sb::gui
