#include "app/gui/QuestionListPane.h"

#include "app/gui/LabelCombo.h"
#include "app/gui/QuestionListModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace sb::gui {

QuestionListPane::QuestionListPane(Bank& bank, QWidget* parent) : QWidget(parent)
{
    m_model = new QuestionListModel(bank, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search questions"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search questions"));
    layout->addWidget(m_search);

    m_category = new LabelCombo(bank, LabelCombo::Kind::Categories, tr("Every category"));
    m_category->setAccessibleName(tr("Show questions of a category"));
    m_unanswered = new QCheckBox(tr("&No story yet"));
    m_unanswered->setToolTip(tr("Show only the questions no story answers yet"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_category, 1);
    filters->addWidget(m_unanswered);
    layout->addLayout(filters);

    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Questions"));
    m_list->setWordWrap(true); // questions are sentences: show them whole
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, m_model, &QuestionListModel::setSearchText);
    connect(m_category, &LabelCombo::chosenChanged, this,
        [this](int64_t id) { m_model->setCategoryFilter(CategoryId(id)); });
    connect(m_unanswered, &QCheckBox::toggled, m_model, &QuestionListModel::setUnansweredOnly);
}

void QuestionListPane::showCategory(CategoryId category)
{
    m_category->choose(category.value);
    m_model->ensureLoaded(); // after the filter is set, so the questions are read once
}

void QuestionListPane::selectQuestion(QuestionId question)
{
    QModelIndex index = m_model->indexOf(question); // loads the questions first
    if (!index.isValid()) {
        m_search->clear();
        m_unanswered->setChecked(false);
        index = m_model->indexOf(question);
        if (!index.isValid()) {
            m_category->choose(0);
            index = m_model->indexOf(question);
        }
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

} // namespace sb::gui
