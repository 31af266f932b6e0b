#include "app/gui/journal/StoryOriginLabel.h"

#include "app/gui/journal/JournalText.h"
#include "core/Bank.h"

namespace sb::gui {

StoryOriginLabel::StoryOriginLabel(Bank& bank, QWidget* parent) : QLabel(parent), m_bank(bank)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setForegroundRole(QPalette::PlaceholderText); // a footnote, not part of the story
    setWordWrap(true);
    setAccessibleName(tr("Journal entry of this story"));
    hide();
    connect(this, &QLabel::linkActivated, this, [this] {
        if (m_entry.isValid())
            emit entryRequested(m_entry);
    });
    connect(&bank, &Bank::changed, this, &StoryOriginLabel::onBankChanged);
}

void StoryOriginLabel::setStory(StoryId story)
{
    m_story = story;
    refresh();
}

void StoryOriginLabel::refresh()
{
    const auto entry =
        m_story.isValid() ? m_bank.journalEntryOfStory(m_story) : std::optional<JournalEntry>();
    m_entry = entry ? entry->id : JournalEntryId();
    setVisible(entry.has_value());
    if (!entry)
        return;
    const QString link = QStringLiteral("<a href=\"journal:%1\">%2</a>")
                             .arg(entry->id.value)
                             .arg(tr("“%1”").arg(entry->title).toHtmlEscaped());
    setText(tr("Written from the journal entry %1 of %2")
                .arg(link, journaltext::when(*entry).toHtmlEscaped()));
}

void StoryOriginLabel::onBankChanged(const BankChange& change)
{
    // Promoted, renamed, redated, or the back-reference undone.
    if (change.entity == BankChange::Entity::Journal && m_story.isValid())
        refresh();
}

} // namespace sb::gui
