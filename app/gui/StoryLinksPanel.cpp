#include "app/gui/StoryLinksPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/LinkTableView.h"
#include "app/gui/QuestionPicker.h"
#include "app/gui/StoryLinksModel.h"
#include "app/gui/undo/LinkCommand.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

StoryLinksPanel::StoryLinksPanel(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new StoryLinksModel(document, this);
    m_table = new LinkTableView(m_model, tr("Questions this story answers"));
    m_table->setPlaceholderText(tr("Not linked to a question yet. Link the questions this "
                                   "story answers, to find it when preparing for them."));

    m_add = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Link a Question…"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Unlink"));
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
    connect(m_table, &LinkTableView::removeRequested, this, &StoryLinksPanel::removeCurrent);
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
    m_table->commitPending();
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
