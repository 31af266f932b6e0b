#include "app/gui/interview/InterviewDayPage.h"

#include "app/gui/interview/InterviewText.h"
#include "app/gui/interview/PitchEditor.h"
#include "core/Bank.h"
#include "core/analysis/SpeakingTime.h"
#include "core/interview/RepeatGuard.h"
#include "core/sheet/CueDeriver.h"

#include <QPalette>
#include <QStringList>

namespace sb::gui {

namespace {

// HTML as QTextBrowser renders it: a subset of HTML 4 with inline styles.
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Paragraphs as written: blank lines part them, single line breaks stay.
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.trimmed().split(QStringLiteral("\n\n"))) {
        if (!paragraph.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(paragraph.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    }
    return html;
}

QString coloured(const QColor& colour, const QString& html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

QString heading(const InterviewDayPage::Colours& colours, const QString& text)
{
    return QStringLiteral("<h2 style=\"color:%1; margin-top:18px\">%2</h2>")
        .arg(colours.accent.name(), escaped(text));
}

QString muted(const InterviewDayPage::Colours& colours, const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(coloured(colours.muted, escaped(text)));
}

} // namespace

QString InterviewDayPage::notesToggleLink()
{
    return QStringLiteral("storybank:research-notes");
}

InterviewDayPage::Colours InterviewDayPage::Colours::from(const QPalette& palette)
{
    Colours colours;
    colours.text = palette.color(QPalette::Text);
    // Placeholder text is often the text colour at half opacity, which HTML colours (#rrggbb)
    // cannot say: mix it with the page's base instead.
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    const QColor base = palette.color(QPalette::Base);
    const qreal alpha = placeholder.alphaF();
    colours.muted = QColor::fromRgbF(placeholder.redF() * alpha + base.redF() * (1 - alpha),
        placeholder.greenF() * alpha + base.greenF() * (1 - alpha),
        placeholder.blueF() * alpha + base.blueF() * (1 - alpha));
    colours.rule = palette.color(QPalette::Mid);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Headings in the desktop's accent; on a dark page the selection blue is too deep to read,
    // so it is lifted.
    colours.accent = palette.color(QPalette::Highlight);
    if (dark && colours.accent.lightness() < 150)
        colours.accent = colours.accent.lighter(150);
    // An amber that stands out from the text without shouting, readable on either base.
    colours.flag = dark ? QColor(0xf0, 0xa8, 0x5a) : QColor(0xa8, 0x4b, 0x00);
    return colours;
}

QString InterviewDayPage::html(
    const Bank& bank, const Interview& interview, const Colours& colours, bool showNotes)
{
    QString html = QStringLiteral("<html><body style=\"color:%1\">").arg(colours.text.name());

    // Header: who, when, what kind of round, with whom.
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(interviewtext::title(interview)));
    QStringList facts {interviewtext::longDate(interview.scheduled)};
    if (!interview.level.trimmed().isEmpty())
        facts.append(tr("Level %1").arg(interview.level.trimmed()));
    if (!interview.stage.trimmed().isEmpty())
        facts.append(interview.stage.trimmed());
    html += QStringLiteral("<p style=\"font-size:large\">%1</p>")
                .arg(escaped(facts.join(QStringLiteral(" · "))));
    if (!interview.interviewers.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("With %1").arg(interview.interviewers.trimmed())));

    // The pitch: the interview's own, its empty parts filled from the bank's default, as the
    // editor shows it and the cheat sheet prints it.
    html += heading(colours, tr("Tell me about yourself"));
    const bool ownPitch = !interview.pitch.isEmpty();
    const Pitch pitch = interview.pitch.filledFrom(bank.defaultPitch());
    if (pitch.isEmpty()) {
        html += muted(colours, tr("No pitch yet. Write one in Practice ▸ Tell Me About Yourself…"));
    } else {
        const int seconds = speakingtime::seconds(speakingtime::words(pitch.text()));
        const QString about = ownPitch
            ? tr("Written for this interview · %1 spoken").arg(speakingtime::clock(seconds))
            : tr("Your default pitch · %1 spoken").arg(speakingtime::clock(seconds));
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(coloured(seconds > PitchEditor::kLongestSeconds ? colours.flag : colours.muted,
                    escaped(about)));
        html += paragraphs(pitch.text());
    }

    // Expected questions in order, each with the stories planned for it.
    html += heading(colours, tr("Expected questions"));
    const QHash<StoryId, QList<EarlierTelling>> told =
        repeatguard::toldAtCompany(interview, bank.interviews());
    if (interview.questions.isEmpty())
        html += muted(colours, tr("No questions expected yet."));
    int number = 0;
    for (const QuestionId questionId : interview.questions) {
        const std::optional<Question> question = bank.question(questionId);
        if (!question)
            continue;
        ++number;
        html += QStringLiteral("<h3>%1. %2</h3>").arg(number).arg(escaped(question->text));
        bool planned = false;
        for (const PlannedStory& entry : interview.plan) {
            if (entry.question != questionId)
                continue;
            const std::optional<Story> story = bank.story(entry.story);
            if (!story)
                continue;
            planned = true;
            html += QStringLiteral("<p style=\"margin-left:16px\"><b>%1</b>")
                        .arg(escaped(story->title));
            if (!story->summary.trimmed().isEmpty())
                html += QStringLiteral("<br><i>%1</i>").arg(escaped(story->summary.trimmed()));
            html += QStringLiteral("</p>");
            const auto earlier = told.constFind(story->id);
            if (earlier != told.cend()) {
                const QString where = interviewtext::toldBefore(*earlier, QDate::currentDate());
                html += QStringLiteral("<p style=\"margin-left:16px\">%1</p>")
                            .arg(coloured(colours.flag,
                                QStringLiteral("⚑ ")
                                    + escaped(tr("Already told at %1: %2")
                                                  .arg(interview.company.simplified(), where))));
            }
            const QStringList cues =
                story->cues.isEmpty() ? CueDeriver::derive(*story) : story->cues;
            if (!cues.isEmpty()) {
                html += QStringLiteral("<ul style=\"margin-left:16px\">");
                for (const QString& cue : cues)
                    html += QStringLiteral("<li>%1</li>").arg(escaped(cue));
                html += QStringLiteral("</ul>");
            }
        }
        if (!planned) {
            html += question->notes.trimmed().isEmpty()
                ? QStringLiteral("<div style=\"margin-left:16px\">%1</div>")
                      .arg(muted(colours, tr("No story planned yet.")))
                : QStringLiteral("<div style=\"margin-left:16px\">%1</div>")
                      .arg(paragraphs(question->notes));
        }
    }

    // Company values, each with the stories that show it; a value without one is a gap.
    if (!interview.values.isEmpty()) {
        html += heading(colours, tr("Company values"));
        html += QStringLiteral("<ul>");
        for (const CompanyValue& value : interview.values) {
            html += QStringLiteral("<li><b>%1</b>").arg(escaped(value.name));
            if (!value.description.trimmed().isEmpty())
                html += QStringLiteral(" — %1").arg(escaped(value.description.trimmed()));
            QStringList titles;
            for (const StoryId id : value.stories) {
                if (const std::optional<StorySummary> story = bank.storySummary(id))
                    titles.append(escaped(story->title));
            }
            html += titles.isEmpty()
                ? QStringLiteral("<br>%1").arg(
                    coloured(colours.flag, QStringLiteral("⚑ ") + escaped(tr("Gap: no story yet"))))
                : QStringLiteral("<br>%1").arg(coloured(colours.muted,
                    escaped(tr("Stories: %1")).arg(titles.join(QStringLiteral(", ")))));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    html += heading(colours, tr("Questions to ask"));
    if (interview.asks.isEmpty()) {
        html += muted(colours, tr("None written yet."));
    } else {
        html += QStringLiteral("<ol>");
        for (const QString& ask : interview.asks)
            html += QStringLiteral("<li>%1</li>").arg(escaped(ask));
        html += QStringLiteral("</ol>");
    }

    // The research is background for the night before, not for the last minutes: folded.
    if (!interview.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<hr style=\"color:%1\">").arg(colours.rule.name());
        html += heading(colours, tr("Research notes"));
        html += QStringLiteral("<p><a href=\"%1\" style=\"color:%2\">%3</a></p>")
                    .arg(notesToggleLink(), colours.accent.name(),
                        escaped(showNotes ? tr("Hide research notes") : tr("Show research notes")));
        if (showNotes)
            html += paragraphs(interview.notes);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace sb::gui
