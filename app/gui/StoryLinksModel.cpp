#include "app/gui/StoryLinksModel.h"

#include "app/gui/BankDocument.h"

namespace sb::gui {

StoryLinksModel::StoryLinksModel(BankDocument& document, QObject* parent)
    : LinkTableModel(document, parent)
{
    connect(&m_document.bank(), &Bank::changed, this, &StoryLinksModel::onBankChanged);
}

void StoryLinksModel::setStory(StoryId story)
{
    m_story = story;
    reload();
}

void StoryLinksModel::reload()
{
    resetRows(
        m_story.isValid() ? m_document.bank().linksOfStory(m_story) : QList<StoryQuestionLink> {});
}

QString StoryLinksModel::titleOf(const StoryQuestionLink& link) const
{
    const auto question = m_document.bank().question(link.question);
    return question ? question->text : QString();
}

QString StoryLinksModel::titleHeader() const
{
    return tr("Question");
}

void StoryLinksModel::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;
    if (!m_story.isValid())
        return;
    switch (change.entity) {
    case Entity::Question: {
        // A linked question reworded, or deleted (its links go with it), or put back.
        const QuestionId question(change.id);
        if (change.kind == Kind::Removed)
            removeRowAt(rowOf(m_story, question));
        else if (change.kind == Kind::Updated)
            refreshTitle(rowOf(m_story, question));
        else
            syncLink(m_story, question);
        return;
    }
    case Entity::Story:
        if (change.id == m_story.value && change.kind != Kind::Updated)
            reload(); // removed, or restored with its links
        return;
    case Entity::Link:
        if (change.id == m_story.value)
            syncLink(m_story, QuestionId(change.otherId));
        return;
    default:
        return;
    }
}

} // namespace sb::gui
