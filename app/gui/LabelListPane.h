#pragma once

#include "app/gui/LabelListModel.h"

#include <QWidget>

class QListView;
class QPushButton;

namespace sb::gui {

class BankDocument;

// The list of tags or categories with their counts, and a button to make a new one.
class LabelListPane : public QWidget {
    Q_OBJECT

public:
    using Kind = LabelListModel::Kind;

    LabelListPane(BankDocument& document, Kind kind, QWidget* parent = nullptr);

    LabelListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    void select(int64_t id);
    // Makes a new label with a free name ("New tag 2") and selects it.
    void addLabel();

signals:
    void labelCreated(int64_t id);

private:
    BankDocument& m_document;
    LabelListModel* m_model = nullptr;
    QListView* m_list = nullptr;
};

} // namespace sb::gui
