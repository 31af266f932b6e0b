#pragma once

#include <QTableView>

namespace sb::gui {

class LinkTableModel;

// The table of a LinkTableModel as both the story and the question editor show it: fit chosen
// from a list, angle typed in place, Delete asks to remove the current link.
class LinkTableView : public QTableView {
    Q_OBJECT

public:
    LinkTableView(LinkTableModel* model, const QString& accessibleName, QWidget* parent = nullptr);

    // Writes a fit or angle still open in an editor.
    void commitPending();
    // Shown in the empty table, so it says what to do rather than look broken.
    void setPlaceholderText(const QString& text);

signals:
    void removeRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
};

} // namespace sb::gui
