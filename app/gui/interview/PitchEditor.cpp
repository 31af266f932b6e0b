#include "app/gui/interview/PitchEditor.h"

#include "app/gui/StorySectionTexts.h"
#include "core/analysis/SpeakingTime.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace sb::gui {

namespace {

constexpr int kPartCount = 3;

QString partText(const Pitch& pitch, int part)
{
    return part == 0 ? pitch.who : part == 1 ? pitch.highlights : pitch.seeking;
}

int secondsOf(const QString& text)
{
    return speakingtime::seconds(speakingtime::words(text));
}

} // namespace

PitchEditor::PitchEditor(QWidget* parent) : QWidget(parent)
{
    const QString titles[kPartCount] = {
        tr("&Who you are"), tr("&Highlights"), tr("What you &seek next")};
    const QString names[kPartCount] = {
        tr("Who you are"), tr("Highlights"), tr("What you seek next")};
    const QString hints[kPartCount] = {
        tr("Who you are and what you do, in a sentence or two, and one personal twist that "
           "makes you memorable"),
        tr("Two or three notable accomplishments, each with its impact: what you did and what "
           "changed because of it"),
        tr("What you want next and why this role fits: tie it to the company and the job")};

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int part = 0; part < kPartCount; ++part) {
        auto* title = new QLabel(titles[part]);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* time = new QLabel;
        time->setForegroundRole(QPalette::PlaceholderText);
        time->setAccessibleName(tr("Spoken time of “%1”").arg(names[part]));
        auto* edit = new QPlainTextEdit;
        edit->setAccessibleName(names[part]);
        edit->setAccessibleDescription(hints[part]);
        edit->setTabChangesFocus(true);
        // Room for a short paragraph; the parts share what the window has beyond that.
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        title->setBuddy(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            updateTimes();
            if (!m_loading)
                emit edited();
        });

        auto* header = new QHBoxLayout;
        header->addWidget(title);
        header->addStretch();
        header->addWidget(time);
        layout->addLayout(header);
        layout->addWidget(edit, 1);
        m_edits[part] = edit;
        m_times[part] = time;
    }
    m_total = new QLabel;
    m_total->setWordWrap(true);
    m_total->setAccessibleName(tr("Spoken time of the whole pitch"));
    layout->addWidget(m_total);
    showPlaceholders();
    updateTimes();
}

void PitchEditor::setPitch(const Pitch& pitch)
{
    m_loading = true;
    for (int part = 0; part < kPartCount; ++part) {
        if (m_edits[part]->toPlainText() != partText(pitch, part))
            m_edits[part]->setPlainText(partText(pitch, part));
    }
    m_loading = false;
    updateTimes();
}

Pitch PitchEditor::pitch() const
{
    return {m_edits[0]->toPlainText(), m_edits[1]->toPlainText(), m_edits[2]->toPlainText()};
}

void PitchEditor::setFallback(const Pitch& fallback)
{
    m_fallback = fallback;
    showPlaceholders();
    updateTimes();
}

void PitchEditor::showPlaceholders()
{
    const QString hints[kPartCount] = {
        tr("e.g. “I’m a backend engineer who likes untangling slow systems; outside work I "
           "coach a junior football team.”"),
        tr("e.g. “Last year I led the checkout rewrite that cut page load by 40% and lifted "
           "conversion 3%.”"),
        tr("e.g. “Now I want to own a platform end to end, which is why this role on your "
           "payments team appeals to me.”")};
    for (int part = 0; part < kPartCount; ++part) {
        const QString fallback = partText(m_fallback, part).trimmed();
        m_edits[part]->setPlaceholderText(
            fallback.isEmpty() ? hints[part] : tr("From the default pitch: %1").arg(fallback));
    }
}

void PitchEditor::updateTimes()
{
    int words = 0;
    for (int part = 0; part < kPartCount; ++part) {
        const int partWords = speakingtime::words(m_edits[part]->toPlainText());
        words += partWords;
        m_times[part]->setText(partWords == 0
                ? QString()
                : tr("%1 · %2").arg(
                    speakingtime::clock(speakingtime::seconds(partWords)), wordCount(partWords)));
    }
    const int seconds = speakingtime::seconds(words);
    const QString shortest = speakingtime::clock(kShortestSeconds);
    const QString target = speakingtime::clock(kTargetSeconds);
    QString text;
    if (words == 0 && !m_fallback.isEmpty())
        text = tr("Empty: the default pitch is used (%1 spoken).")
                   .arg(speakingtime::clock(secondsOf(m_fallback.text())));
    else if (words == 0)
        text = tr("Aim for %1–%2 spoken in all.").arg(shortest, target);
    else if (seconds > kLongestSeconds)
        text = tr("%1 spoken in all (%2): over two minutes, cut it to %3–%4.")
                   .arg(speakingtime::clock(seconds), wordCount(words), shortest, target);
    else if (seconds < kShortestSeconds)
        text = tr("%1 spoken in all (%2): short, aim for %3–%4.")
                   .arg(speakingtime::clock(seconds), wordCount(words), shortest, target);
    else
        text = tr("%1 spoken in all (%2), aim for %3–%4.")
                   .arg(speakingtime::clock(seconds), wordCount(words), shortest, target);
    m_total->setText(text);
    // Too long is worth a glance, not an alarm (as the story editor's time).
    m_total->setForegroundRole(seconds > kTargetSeconds ? QPalette::Link : QPalette::WindowText);
}

} // namespace sb::gui
