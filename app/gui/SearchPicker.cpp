#include "app/gui/SearchPicker.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

void SearchPicker::setUp(QAbstractItemModel* model, const Texts& texts)
{
    setWindowTitle(texts.title);
    resize(640, 480);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(texts.placeholder);
    m_filter->setAccessibleName(texts.filterName);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list = new QListView;
    m_list->setModel(model);
    m_list->setAccessibleName(texts.listName);
    m_list->setUniformItemSizes(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(texts.accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        setSearchText(text);
        selectFirst();
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectFirst();
}

void SearchPicker::selectFirst()
{
    QAbstractItemModel* model = m_list->model();
    if (model->rowCount() > 0)
        m_list->setCurrentIndex(model->index(0, 0));
}

QModelIndex SearchPicker::currentIndex() const
{
    return m_list->currentIndex();
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the list while the cursor stays in the filter field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sb::gui
