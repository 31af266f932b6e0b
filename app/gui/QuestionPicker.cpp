#include "app/gui/QuestionPicker.h"

#include "app/gui/QuestionListModel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

QuestionPicker::QuestionPicker(Bank& bank, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Link a Question"));
    resize(640, 480);
    m_model = new QuestionListModel(bank, this);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Type words of the question, e.g. “conflict manager”"));
    m_filter->setAccessibleName(tr("Find a question"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Questions"));
    m_list->setUniformItemSizes(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    const auto selectFirst = [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    };
    connect(m_filter, &QLineEdit::textChanged, this, [this, selectFirst](const QString& text) {
        m_model->setSearchText(text);
        selectFirst();
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectFirst();
}

QuestionId QuestionPicker::chosen() const
{
    return m_model->questionAt(m_list->currentIndex());
}

bool QuestionPicker::eventFilter(QObject* watched, QEvent* event)
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

std::optional<QuestionId> QuestionPicker::pick(Bank& bank, QWidget* parent)
{
    QuestionPicker picker(bank, parent);
    if (picker.exec() != QDialog::Accepted || !picker.chosen().isValid())
        return std::nullopt;
    return picker.chosen();
}

} // namespace sb::gui
