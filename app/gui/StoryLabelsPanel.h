#pragma once

#include "core/model/Tag.h"

#include "core/model/BankChange.h"
#include "core/model/Story.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QListView;
class QStringListModel;

namespace sb {
class Bank;
}

namespace sb::gui {

class CategoryChecklistModel;

// A story's categories (a checklist) and tags (removable chips, and a field with completion
// that makes new tags on the fly). It only shows and asks: the story editor makes the edits.
class StoryLabelsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StoryLabelsPanel(Bank& bank, QWidget* parent = nullptr);

    void showStory(const Story& story);

    QListView* categoryList() const { return m_categories; }
    QLineEdit* tagField() const { return m_tagField; }
    CategoryChecklistModel* categoryModel() const { return m_categoryModel; }

signals:
    void categoryToggled(sb::CategoryId category, bool checked);
    void tagAdded(const QString& name);
    void tagRemoved(sb::TagId tag);

private:
    void refreshTagNames();
    void showTags(const QList<TagId>& ids);

    Bank& m_bank;
    CategoryChecklistModel* m_categoryModel = nullptr;
    QListView* m_categories = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QList<TagId> m_tagIds; // the story's tags, in its order
    QList<Tag> m_shownTags; // what the chips show now: rebuilt only when this changes
    QLineEdit* m_tagField = nullptr;
    QStringListModel* m_tagNames = nullptr;
};

} // namespace sb::gui
