#include "app/gui/QuestionLinksModel.h"

#include "app/gui/BankDocument.h"

namespace sb::gui {

QuestionLinksModel::QuestionLinksModel(BankDocument& document, QObject* parent)
    : LinkTableModel(document, parent)
{
    connect(&m_document.bank(), &Bank::changed, this, &QuestionLinksModel::onBankChanged);
}

void QuestionLinksModel::setQuestion(QuestionId question)
{
    m_question = question;
    reload();
}

void QuestionLinksModel::reload()
{
    resetRows(m_question.isValid() ? m_document.bank().linksOfQuestion(m_question)
                                   : QList<StoryQuestionLink> {});
}

QString QuestionLinksModel::titleOf(const StoryQuestionLink& link) const
{
    const auto story = m_document.bank().storySummary(link.story);
    if (!story || story->title.trimmed().isEmpty())
        return tr("Untitled story");
    return story->title;
}

QString QuestionLinksModel::titleHeader() const
{
    return tr("Story");
}

QString QuestionLinksModel::titleToolTip() const
{
    return tr("Double-click to open the story");
}

void QuestionLinksModel::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    using Kind = BankChange::Kind;
    if (!m_question.isValid())
        return;
    switch (change.entity) {
    case Entity::Story: {
        // A linked story renamed, or deleted (its links go with it), or put back with them.
        const StoryId story(change.id);
        if (change.kind == Kind::Removed)
            removeRowAt(rowOf(story, m_question));
        else if (change.kind == Kind::Updated)
            refreshTitle(rowOf(story, m_question));
        else
            syncLink(story, m_question);
        return;
    }
    case Entity::Question:
        if (change.id == m_question.value && change.kind != Kind::Updated)
            reload(); // removed, or put back
        return;
    case Entity::Link:
        if (change.otherId == m_question.value)
            syncLink(StoryId(change.id), m_question);
        return;
    default:
        return;
    }
}

} // namespace sb::gui
