#include "app/gui/journal/QuickCaptureDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

QuickCaptureDialog::QuickCaptureDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New Journal Entry"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("What did you do today that you would like to remember?"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Title, e.g. “Unblocked the data migration”"));
    m_title->installEventFilter(this);
    layout->addWidget(m_title);
    m_text = new QPlainTextEdit;
    m_text->setAccessibleName(tr("What happened"));
    m_text->setPlaceholderText(tr("What happened: what you did, who it helped, the numbers"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);
    auto* hint = new QLabel(
        tr("Enter in the title or %1 saves it, dated today; Esc cancels.")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &QuickCaptureDialog::updateSave);
    connect(m_text, &QPlainTextEdit::textChanged, this, &QuickCaptureDialog::updateSave);
    updateSave();
    resize(440, sizeHint().height());
    m_title->setFocus(Qt::OtherFocusReason);
}

QString QuickCaptureDialog::title() const
{
    const QString typed = m_title->text().simplified();
    if (!typed.isEmpty())
        return typed;
    return m_text->toPlainText().trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
}

QString QuickCaptureDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool QuickCaptureDialog::eventFilter(QObject* watched, QEvent* event)
{
    // In the text, Enter starts a new line as in any text; Ctrl+Enter saves from either field.
    if ((watched == m_text || watched == m_title) && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Save)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickCaptureDialog::updateSave()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!title().isEmpty());
}

} // namespace sb::gui
