#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QListView;

namespace sb::gui {

// A dialog to choose one item of the whole bank by typing a few of its words: a filter field,
// the matching items best first, the first one chosen as you type. QuestionPicker and
// StoryPicker give it their list model.
class SearchPicker : public QDialog {
    Q_OBJECT

public:
    QLineEdit* filterField() const { return m_filter; }
    QListView* list() const { return m_list; }

protected:
    struct Texts {
        QString title;
        QString placeholder;
        QString filterName; // accessible names
        QString listName;
        QString accept;
    };

    explicit SearchPicker(QWidget* parent) : QDialog(parent) { }
    // Called once by the subclass's constructor, after its model exists.
    void setUp(QAbstractItemModel* model, const Texts& texts);
    virtual void setSearchText(const QString& text) = 0;
    QModelIndex currentIndex() const;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectFirst();

    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
};

} // namespace sb::gui
