#include "app/gui/journal/JournalListPane.h"

#include "app/gui/Icons.h"
#include "app/gui/journal/JournalListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

JournalListPane::JournalListPane(Bank& bank, QWidget* parent) : QWidget(parent)
{
    m_model = new JournalListModel(bank, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_order = new QComboBox;
    m_order->setAccessibleName(tr("Order of journal entries"));
    m_order->addItem(tr("Newest first"), int(JournalListModel::Order::Newest));
    m_order->addItem(tr("Best story material first"), int(JournalListModel::Order::Strongest));
    m_order->setToolTip(tr("Best story material: impact, scope and involvement added up"));
    layout->addWidget(m_order);
    m_materialNote = new QLabel(tr("Not yet written as stories, strongest first."));
    m_materialNote->setWordWrap(true);
    m_materialNote->setForegroundRole(QPalette::PlaceholderText);
    m_materialNote->hide();
    layout->addWidget(m_materialNote);

    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Journal entries"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Two lines an entry (title; when and ratings), wrapped to the pane rather than scrolled
    // sideways, and striped so each entry's two lines read as one.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    layout->addWidget(m_list);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("New Entry"));
    m_new->setAccessibleName(tr("New journal entry"));
    m_delete = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setAccessibleName(tr("Delete journal entry"));
    m_delete->setEnabled(false);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_order, &QComboBox::currentIndexChanged, this, &JournalListPane::applyOrder);
    const auto updateDelete = [this] { m_delete->setEnabled(m_list->currentIndex().isValid()); };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateDelete);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateDelete);
}

void JournalListPane::showStoryMaterial(bool only)
{
    m_order->setVisible(!only);
    m_materialNote->setVisible(only);
    if (only)
        m_model->setOrder(JournalListModel::Order::StoryMaterial);
    else
        applyOrder();
}

bool JournalListPane::showsStoryMaterial() const
{
    return m_model->order() == JournalListModel::Order::StoryMaterial;
}

void JournalListPane::selectEntry(JournalEntryId id)
{
    const QModelIndex index = m_model->indexOf(id);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
}

void JournalListPane::applyOrder()
{
    m_model->setOrder(JournalListModel::Order(m_order->currentData().toInt()));
}

} // namespace sb::gui
