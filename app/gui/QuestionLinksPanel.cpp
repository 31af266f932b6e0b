#include "app/gui/QuestionLinksPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/LinkTableView.h"
#include "app/gui/QuestionLinksModel.h"
#include "app/gui/StoryPicker.h"
#include "app/gui/undo/AddStoryCommand.h"
#include "app/gui/undo/LinkCommand.h"
#include "app/gui/undo/UndoMacro.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

QuestionLinksPanel::QuestionLinksPanel(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_model = new QuestionLinksModel(document, this);
    m_table = new LinkTableView(m_model, tr("Stories that answer this question"));
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 8);
    m_table->setPlaceholderText(tr("No story answers this question yet. Link one or write a new "
                                   "one, or write a prepared answer above."));

    m_link = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Link a Story…"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Remove Link"));
    m_newStory = new QPushButton(
        themedIcon(QStringLiteral("document-new")), tr("&New Story for This Question"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_newStory);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_link, &QPushButton::clicked, this, &QuestionLinksPanel::linkFromPicker);
    connect(m_remove, &QPushButton::clicked, this, &QuestionLinksPanel::removeCurrent);
    connect(m_table, &LinkTableView::removeRequested, this, &QuestionLinksPanel::removeCurrent);
    connect(m_newStory, &QPushButton::clicked, this, &QuestionLinksPanel::addNewStory);
    // Double-click or Enter on a story (not on a cell being edited) opens it.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const StoryId story = m_model->storyAt(index.row()); story.isValid())
            emit storyRequested(story);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &QuestionLinksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionLinksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QuestionLinksPanel::updateButtons);
    updateButtons();
}

void QuestionLinksPanel::updateButtons()
{
    const bool hasQuestion = m_model->question().isValid();
    m_link->setEnabled(hasQuestion);
    m_newStory->setEnabled(hasQuestion);
    m_remove->setEnabled(hasQuestion && m_table->currentIndex().isValid());
}

void QuestionLinksPanel::setQuestion(QuestionId question)
{
    m_model->setQuestion(question);
}

void QuestionLinksPanel::commitPending()
{
    m_table->commitPending();
}

void QuestionLinksPanel::linkFromPicker()
{
    if (const auto story = StoryPicker::pick(m_document.bank(), this))
        linkStory(*story);
}

void QuestionLinksPanel::linkStory(StoryId story)
{
    const QuestionId question = m_model->question();
    if (!question.isValid() || m_document.bank().linkBetween(story, question))
        return;
    m_document.push(new LinkCommand(m_document, story, question,
        StoryQuestionLink {story, question, LinkFit::Strong, QString()}, tr("Link story")));
}

void QuestionLinksPanel::removeCurrent()
{
    const StoryId story = m_model->storyAt(m_table->currentIndex().row());
    if (!story.isValid())
        return;
    m_document.push(
        new LinkCommand(m_document, story, m_model->question(), std::nullopt, tr("Unlink story")));
}

StoryId QuestionLinksPanel::addNewStory()
{
    const QuestionId question = m_model->question();
    if (!question.isValid())
        return {};
    StoryId story;
    {
        const UndoMacro step(m_document, tr("New Story for a Question"));
        auto* add = new AddStoryCommand(m_document, Story {});
        if (!m_document.push(add))
            return {}; // reported; the empty step is dropped
        story = add->story();
        // Should the link fail, the story stays as the step's only change: it was written.
        m_document.push(new LinkCommand(m_document, story, question,
            StoryQuestionLink {story, question, LinkFit::Strong, QString()}, QString()));
    }
    emit storyRequested(story);
    return story;
}

} // namespace sb::gui
