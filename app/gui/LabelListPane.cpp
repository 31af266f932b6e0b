#include "app/gui/LabelListPane.h"

#include "app/gui/BankDocument.h"
#include "app/gui/undo/AddTagCommand.h"
#include "app/gui/undo/CategoryCommands.h"

#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

LabelListPane::LabelListPane(BankDocument& document, Kind kind, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new LabelListModel(document.bank(), kind, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(kind == Kind::Tags ? tr("New &Tag") : tr("New C&ategory"));
    connect(add, &QPushButton::clicked, this, &LabelListPane::addLabel);
    layout->addWidget(add);
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(kind == Kind::Tags ? tr("Tags") : tr("Categories"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(14, 14)); // a colour swatch, not a picture
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);
}

void LabelListPane::select(int64_t id)
{
    const QModelIndex index = m_model->indexOf(id);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void LabelListPane::addLabel()
{
    Bank& bank = m_document.bank();
    const bool tags = m_model->kind() == Kind::Tags;
    const QString base = tags ? tr("New tag") : tr("New category");
    QString name = base;
    for (int n = 2; tags ? bank.tagNamed(name).has_value() : bank.categoryNamed(name).has_value();
         ++n)
        name = tr("%1 %2").arg(base).arg(n);
    int64_t id = 0;
    if (tags) {
        auto* command = new AddTagCommand(m_document, name);
        if (!m_document.push(command))
            return;
        id = command->tag().value;
    } else {
        Category category;
        category.name = name;
        auto* command = new AddCategoryCommand(m_document, category);
        if (!m_document.push(command))
            return;
        id = command->category().value;
    }
    select(id);
    emit labelCreated(id);
}

} // namespace sb::gui
