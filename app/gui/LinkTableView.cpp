#include "app/gui/LinkTableView.h"

#include "app/gui/LinkTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace sb::gui {

namespace {

// Fit is chosen from its two values, not typed.
class FitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (LinkFit fit : {LinkFit::Strong, LinkFit::Partial})
            box->addItem(LinkTableModel::fitName(fit), toKey(fit));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
    }
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

LinkTableView::LinkTableView(LinkTableModel* model, const QString& accessibleName, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    setAccessibleName(accessibleName);
    setItemDelegateForColumn(LinkTableModel::FitColumn, new FitDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(LinkTableModel::TitleColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(
        LinkTableModel::FitColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(LinkTableModel::AngleColumn, QHeaderView::Stretch);
    setMinimumHeight(fontMetrics().lineSpacing() * 12);

    // Only while the table itself has the focus: in the angle's editor Delete deletes text.
    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LinkTableView::removeRequested);
    addAction(remove);
}

void LinkTableView::commitPending()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    // Moving the current cell commits and closes its editor, the view's own way of doing it.
    const QModelIndex current = currentIndex();
    setCurrentIndex(QModelIndex());
    setCurrentIndex(current);
}

void LinkTableView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void LinkTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() / 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace sb::gui
