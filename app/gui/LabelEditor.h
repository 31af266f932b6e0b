#pragma once

#include "app/gui/LabelListModel.h"
#include "core/model/Category.h"
#include "core/model/Tag.h"

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sb::gui {

class BankDocument;

// Edits one tag or one category: its name, colour and (for a category) description; shows the
// stories filed under it; merges a tag into another; deletes it after saying what it is on.
// Every change is an undo command; typing is written as in the other editors.
class LabelEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kCommitDelayMs = 600;
    using Kind = LabelListModel::Kind;

    LabelEditor(BankDocument& document, Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setLabel(int64_t id);
    int64_t label() const { return m_id; }
    void commitPending();

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* storyList() const { return m_stories; }
    QComboBox* mergeTarget() const { return m_mergeTarget; }

    void setColour(const QString& colour);
    void mergeIntoChosen();
    // Asks first when the label is in use; answers yes without asking when quiet (tests).
    void deleteLabel(bool askFirst = true);

signals:
    void storyRequested(sb::StoryId story);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildColourRow();
    void show();
    void showUsage();
    void fieldEdited();
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    Kind m_kind;
    int64_t m_id = 0;
    Tag m_tag; // as last written, when editing a tag
    Category m_category; // as last written, when editing a category
    QTimer m_commitTimer;
    bool m_loading = false;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QButtonGroup* m_colours = nullptr;
    QLabel* m_usage = nullptr;
    QListWidget* m_stories = nullptr;
    QComboBox* m_mergeTarget = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace sb::gui
