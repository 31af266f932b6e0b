#include "app/gui/StoryLinksPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/QuestionPicker.h"
#include "app/gui/StoryLinksModel.h"
#include "app/gui/undo/LinkCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

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
        box->addItem(StoryLinksModel::tr("Strong"), toKey(LinkFit::Strong));
        box->addItem(StoryLinksModel::tr("Partial"), toKey(LinkFit::Partial));
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

StoryLinksPanel::StoryLinksPanel(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new StoryLinksModel(document, this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Questions this story answers"));
    m_table->setItemDelegateForColumn(StoryLinksModel::FitColumn, new FitDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        StoryLinksModel::QuestionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        StoryLinksModel::FitColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        StoryLinksModel::AngleColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 12);

    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Link a Question…"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Unlink"));
    m_remove->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StoryLinksPanel::addFromPicker);
    connect(m_remove, &QPushButton::clicked, this, &StoryLinksPanel::removeCurrent);
    const auto updateRemove = [this] { m_remove->setEnabled(m_table->currentIndex().isValid()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateRemove);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateRemove);
}

void StoryLinksPanel::setStory(StoryId story)
{
    m_model->setStory(story);
}

void StoryLinksPanel::commitPending()
{
    // Moving the current cell commits and closes its editor, the view's own way of doing it.
    const QModelIndex current = m_table->currentIndex();
    m_table->setCurrentIndex(QModelIndex());
    m_table->setCurrentIndex(current);
}

void StoryLinksPanel::addFromPicker()
{
    if (const auto question = QuestionPicker::pick(m_document.bank(), this))
        linkQuestion(*question);
}

void StoryLinksPanel::linkQuestion(QuestionId question)
{
    const StoryId story = m_model->story();
    if (!story.isValid() || m_document.bank().linkBetween(story, question))
        return;
    m_document.push(new LinkCommand(m_document, story, question,
        StoryQuestionLink {story, question, LinkFit::Strong, QString()}, tr("Link question")));
}

void StoryLinksPanel::removeCurrent()
{
    const QuestionId question = m_model->questionAt(m_table->currentIndex().row());
    if (!question.isValid())
        return;
    m_document.push(new LinkCommand(
        m_document, m_model->story(), question, std::nullopt, tr("Unlink question")));
}

} // namespace sb::gui
