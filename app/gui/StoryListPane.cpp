#include "app/gui/StoryListPane.h"

#include "app/gui/LabelCombo.h"
#include "app/gui/StoryListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::gui {

StoryListPane::StoryListPane(Bank& bank, QWidget* parent) : QWidget(parent)
{
    m_model = new StoryListModel(bank, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search stories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search stories"));
    layout->addWidget(m_search);

    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Show stories by status"));
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(tr("Ready"), int(StoryStatus::Ready));
    m_status->addItem(tr("Drafts"), int(StoryStatus::Draft));
    m_status->addItem(tr("Ideas"), int(StoryStatus::Idea));
    m_method = new QComboBox;
    m_method->setAccessibleName(tr("Show stories by method"));
    m_method->addItem(tr("Any method"), -1);
    m_method->addItem(tr("STAR"), int(StoryMethod::Star));
    m_method->addItem(tr("STAR+L"), int(StoryMethod::StarL));
    m_method->addItem(tr("CARL"), int(StoryMethod::Carl));
    m_category = new LabelCombo(bank, LabelCombo::Kind::Categories, tr("Any category"));
    m_category->setAccessibleName(tr("Show stories of a category"));
    m_tag = new LabelCombo(bank, LabelCombo::Kind::Tags, tr("Any tag"));
    m_tag->setAccessibleName(tr("Show stories with a tag"));
    auto* filters = new QGridLayout;
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_method, 0, 1);
    filters->addWidget(m_category, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    layout->addLayout(filters);

    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Stories"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Stories are dragged onto a question or category in the navigator to link them.
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::LinkAction);
    layout->addWidget(m_list);
    // The model reads a first page; the rest is read once the list has painted it.
    m_list->viewport()->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, m_model, &StoryListModel::setSearchText);
    for (QComboBox* combo : {m_status, m_method})
        connect(combo, &QComboBox::currentIndexChanged, this, &StoryListPane::applyFilter);
    connect(m_category, &LabelCombo::chosenChanged, this, &StoryListPane::applyFilter);
    connect(m_tag, &LabelCombo::chosenChanged, this, &StoryListPane::applyFilter);
}

void StoryListPane::applyFilter()
{
    StoryFilter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = StoryStatus(status);
    if (const int method = m_method->currentData().toInt(); method >= 0)
        filter.method = StoryMethod(method);
    filter.category = CategoryId(m_category->chosen());
    filter.tag = TagId(m_tag->chosen());
    m_model->setFilter(filter);
}

void StoryListPane::clearFilters()
{
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_method->setCurrentIndex(0);
    m_category->choose(0);
    m_tag->choose(0);
}

bool StoryListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Paint) {
        m_list->viewport()->removeEventFilter(this);
        // After this frame is on screen, so the window shows before the long read. The whole
        // list then scrolls and pages as it will, well before a hand reaches the scroll bar.
        QTimer::singleShot(0, m_model, [model = m_model] { model->fetchMore({}); });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::gui
