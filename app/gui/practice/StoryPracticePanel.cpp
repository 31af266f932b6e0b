#include "app/gui/practice/StoryPracticePanel.h"

#include "app/gui/practice/PracticeAnswer.h"
#include "core/Bank.h"
#include "core/analysis/SpeakingTime.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::gui {

namespace {

enum Column { When, What, Duration, Rating };

// Tall enough for the last few practices without a scroll bar; a longer history scrolls.
constexpr int kRowsShown = 5;

} // namespace

StoryPracticePanel::StoryPracticePanel(Bank& bank, QWidget* parent) : QWidget(parent), m_bank(bank)
{
    m_list = new QTreeWidget;
    m_list->setAccessibleName(tr("Practice of this story"));
    m_list->setHeaderLabels({tr("When"), tr("Practised"), tr("Time"), tr("How it went")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_list->header();
    header->setSectionsClickable(false);
    header->setStretchLastSection(false);
    for (int column : {When, Rating})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(What, QHeaderView::Stretch);
    // "Time" fitted to its words ran into "How it went": the times get room either side.
    header->setSectionResizeMode(Duration, QHeaderView::Fixed);
    header->resizeSection(Duration,
        std::max(header->sectionSizeHint(Duration),
            m_list->fontMetrics().horizontalAdvance(QStringLiteral("00:00")))
            + 2 * m_list->fontMetrics().averageCharWidth());
    m_list->headerItem()->setTextAlignment(Duration, Qt::AlignCenter);

    m_next = new QLabel;
    m_next->setAccessibleName(tr("Next practice"));
    m_next->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_next);

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &StoryPracticePanel::reload);
    connect(&bank, &Bank::changed, this, &StoryPracticePanel::onBankChanged);
    reload();
}

void StoryPracticePanel::setStory(StoryId story)
{
    m_story = story;
    reload();
}

void StoryPracticePanel::onBankChanged(const BankChange& change)
{
    if (!m_story.isValid())
        return;
    // A removed record does not say whose it was; reading one story's practice is cheap.
    if (change.entity == BankChange::Entity::Practice) {
        m_reload.start();
        return;
    }
    // A question practised with this story was reworded or removed (its practice with it).
    if (change.entity == BankChange::Entity::Question
        && std::any_of(m_records.cbegin(), m_records.cend(),
            [&change](const PracticeRecord& record) { return record.question.value == change.id; }))
        m_reload.start();
}

void StoryPracticePanel::reload()
{
    m_reload.stop();
    m_records = m_story.isValid() ? m_bank.practiceOfStory(m_story) : QList<PracticeRecord>();
    std::reverse(m_records.begin(), m_records.end()); // the bank lists them oldest first
    // Only rows are replaced: the panel never takes focus, so typing elsewhere goes on.
    m_list->clear();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const PracticeRecord& record : std::as_const(m_records)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(When, dayText(record.practised.date(), today));
        item->setToolTip(When, locale.toString(record.practised, QLocale::LongFormat));
        QString what = tr("The story itself");
        if (record.question.isValid()) {
            const auto question = m_bank.question(record.question);
            what = question ? question->text.simplified() : tr("A removed question");
        }
        item->setText(What, what);
        item->setToolTip(What, what);
        // A record logged without a stopwatch (from the command line) has no duration.
        item->setText(Duration,
            record.durationSeconds > 0 ? speakingtime::clock(record.durationSeconds) : tr("–"));
        item->setTextAlignment(Duration, Qt::AlignCenter);
        item->setText(Rating,
            record.rating >= 1 && record.rating <= 4 ? recallName(Recall(record.rating)) : tr("–"));
    }
    if (!m_records.isEmpty()) {
        const int rows = std::min(int(m_records.size()), kRowsShown);
        m_list->setFixedHeight(m_list->header()->sizeHint().height()
            + rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    }
    m_list->setVisible(!m_records.isEmpty());

    // The story's own schedule: practice of a question belongs to the question.
    const auto own = std::find_if(m_records.cbegin(), m_records.cend(),
        [](const PracticeRecord& record) { return !record.question.isValid(); });
    if (m_records.isEmpty())
        m_next->setText(tr("Not practised yet. Practice › Flashcards… brings it up with the "
                           "other new stories."));
    else if (own == m_records.cend() || !own->nextDue.isValid())
        m_next->setText(tr("Next practice: not practised on its own yet"));
    else
        m_next->setText(nextText(own->nextDue, today));
    // Muted as a placeholder, but not greyed out as disabled text is: that was hard to read
    // on a light window.
    m_next->setForegroundRole(
        m_records.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
}

QString StoryPracticePanel::nextText(QDate nextDue, QDate today)
{
    const qint64 days = today.daysTo(nextDue);
    if (days <= 0)
        return tr("Next practice: due now");
    if (days == 1)
        return tr("Next practice: tomorrow");
    const QString date = QLocale().toString(nextDue,
        nextDue.year() == today.year() ? tr("ddd d MMM", "a date this year")
                                       : tr("ddd d MMM yyyy", "a date in another year"));
    return tr("Next practice: in %1 days (%2)").arg(days).arg(date);
}

QString StoryPracticePanel::dayText(QDate day, QDate today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day,
        day.year() == today.year() ? tr("ddd d MMM", "a date this year")
                                   : tr("d MMM yyyy", "a date in another year"));
}

} // namespace sb::gui
