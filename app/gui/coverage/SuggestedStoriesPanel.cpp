#include "app/gui/coverage/SuggestedStoriesPanel.h"

#include "app/gui/BankDocument.h"
#include "core/Bank.h"
#include "core/analysis/StorySuggestions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

constexpr int kShown = 5; // a short list to choose from, not a second story list

} // namespace

SuggestedStoriesPanel::SuggestedStoriesPanel(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Stories that may answer this question"));
    m_none = new QLabel(tr("No other story shares this question's categories or words."));
    m_none->setEnabled(false); // the muted look of a placeholder
    m_none->setWordWrap(true);
    m_link = new QPushButton(tr("Link"));
    m_link->setToolTip(tr("Link the chosen story to this question"));
    m_link->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_link);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_link->setEnabled(row >= 0); });
    const auto linkCurrent = [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_stories.size())
            emit linkRequested(m_stories.at(row));
    };
    connect(m_link, &QPushButton::clicked, this, linkCurrent);
    connect(m_list, &QListWidget::itemActivated, this, linkCurrent);
    connect(&m_document.bank(), &Bank::changed, this, &SuggestedStoriesPanel::onBankChanged);
}

void SuggestedStoriesPanel::setQuestion(QuestionId question)
{
    m_question = question;
    refresh();
}

void SuggestedStoriesPanel::onBankChanged(const BankChange& change)
{
    // A new link, story or filing changes what is suggested; typing in a question does not
    // need the search run again on every pause. While the question editor is hidden (the
    // user is writing a story, saved at every pause) the work waits until it is shown.
    if (!m_question.isValid() || change.entity == BankChange::Entity::Question)
        return;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void SuggestedStoriesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SuggestedStoriesPanel::refresh()
{
    m_stale = false;
    m_list->clear();
    m_stories.clear();
    const QList<Suggestion> suggestions = m_question.isValid()
        ? suggestStories(m_document.bank(), m_question, kShown)
        : QList<Suggestion> {};
    for (const Suggestion& suggestion : suggestions) {
        const auto story = m_document.bank().storySummary(suggestion.story);
        if (!story)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(story->title, suggestion.reasons.join(QStringLiteral("; "))), m_list);
        item->setToolTip(suggestion.reasons.join(u'\n'));
        m_stories.append(suggestion.story);
    }
    const int rows = int(m_stories.size());
    if (rows > 0)
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(rows > 0);
    m_none->setVisible(rows == 0);
    m_link->setVisible(rows > 0);
    m_link->setEnabled(false);
}

} // namespace sb::gui
