#include "app/gui/interview/InterviewListPane.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/interview/InterviewCommands.h"
#include "app/gui/interview/InterviewListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sb::gui {

InterviewListPane::InterviewListPane(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new InterviewListModel(document.bank(), this);
    m_new = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("New &Interview"));
    m_new->setToolTip(tr("Prepare for a new interview"));
    m_delete = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected interview (it can be undone)"));
    m_delete->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    m_list = new QTreeView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Interviews"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Company and role share what the short date and stage leave, elided rather than scrolled.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(InterviewListModel::Company, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(InterviewListModel::Role, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(InterviewListModel::Date, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(
        InterviewListModel::Stage, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(m_new, &QPushButton::clicked, this, &InterviewListPane::newInterview);
    connect(m_delete, &QPushButton::clicked, this, &InterviewListPane::deleteCurrent);
    // Delete acts on the list only: in the editor's fields it deletes text.
    auto* remove = new QAction(tr("Delete Interview"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &InterviewListPane::deleteCurrent);
    m_list->addAction(remove);
    const auto updateDelete = [this] { m_delete->setEnabled(current().isValid()); };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateDelete);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateDelete);
}

InterviewId InterviewListPane::current() const
{
    return m_model->interviewAt(m_list->currentIndex());
}

void InterviewListPane::select(InterviewId id)
{
    const QModelIndex index = m_model->indexOf(id);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InterviewListPane::newInterview()
{
    emit aboutToWrite();
    Interview interview;
    interview.company = tr("New company"); // a name is required; the editor selects it to type over
    auto* command = new AddInterviewCommand(m_document, interview);
    if (!m_document.push(command))
        return;
    const InterviewId id = command->interview();
    select(id);
    emit created(id);
}

void InterviewListPane::deleteCurrent()
{
    const InterviewId id = current();
    if (!id.isValid())
        return;
    emit aboutToWrite();
    const int row = m_list->currentIndex().row();
    if (!m_document.push(new RemoveInterviewCommand(m_document, id)))
        return;
    emit deleted();
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_list->setCurrentIndex(m_model->index(std::min(row, rows - 1), 0));
}

} // namespace sb::gui
