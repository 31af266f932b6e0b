#include "app/gui/undo/TagCommands.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::TagCommands)
};

} // namespace

RemoveTagCommand::RemoveTagCommand(BankDocument& document, TagId tag)
    : BankCommand(document, QString()), m_tag(document.bank().tag(tag).value_or(Tag {})),
      m_stories(document.bank().storiesWithTag(tag))
{
    setText(Text::tr("Delete tag “%1”").arg(m_tag.name));
}

void RemoveTagCommand::redo()
{
    run([this](Bank& bank) { bank.removeTag(m_tag.id); });
}

void RemoveTagCommand::undo()
{
    run([this](Bank& bank) { bank.restoreTag(m_tag, m_stories); });
}

MergeTagsCommand::MergeTagsCommand(BankDocument& document, TagId from, TagId into)
    : BankCommand(document, QString()), m_from(document.bank().tag(from).value_or(Tag {})),
      m_into(into), m_fromStories(document.bank().storiesWithTag(from)),
      m_intoStories(document.bank().storiesWithTag(into))
{
    const auto target = document.bank().tag(into);
    setText(
        Text::tr("Merge tag “%1” into “%2”").arg(m_from.name, target ? target->name : QString()));
}

void MergeTagsCommand::redo()
{
    run([this](Bank& bank) { bank.mergeTags(m_from.id, m_into); });
}

void MergeTagsCommand::undo()
{
    run([this](Bank& bank) {
        bank.restoreTag(m_from, m_fromStories);
        bank.setStoriesWithTag(m_into, m_intoStories);
    });
}

} // namespace sb::gui
