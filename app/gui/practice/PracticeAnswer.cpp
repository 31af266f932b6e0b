#include "app/gui/practice/PracticeAnswer.h"

#include "core/Bank.h"
#include "core/model/StorySections.h"
#include "core/practice/ReviewScheduler.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sb::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::PracticeAnswer)
};

QString storyHtml(const Story& story)
{
    QString html;
    if (!story.cues.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString& cue : story.cues)
            html += QStringLiteral("<li><b>%1</b></li>").arg(cue.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    for (StorySection section : sectionsOf(story.method)) {
        const QString text = sectionText(story, section).trimmed();
        if (!text.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(sectionTitle(section).toHtmlEscaped(),
                            text.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")));
    }
    return html;
}

} // namespace

QString practiceAnswerHtml(const Bank& bank, const PracticeItem& item)
{
    if (!item.isQuestion()) {
        const auto story = bank.story(item.story);
        return story ? storyHtml(*story) : QString();
    }
    QString html;
    for (const StoryQuestionLink& link : bank.linksOfQuestion(item.question)) {
        const auto story = bank.story(link.story);
        if (!story)
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(story->title.toHtmlEscaped());
        if (!link.angle.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(link.angle.toHtmlEscaped());
        html += storyHtml(*story);
    }
    if (html.isEmpty()) {
        const auto question = bank.question(item.question);
        html = question && !question->notes.isEmpty()
            ? QStringLiteral("<p>%1</p>").arg(question->notes.toHtmlEscaped())
            : Text::tr("<p>No story answers this question yet, and it has no prepared answer.</p>");
    }
    return html;
}

QString recallName(Recall recall)
{
    switch (recall) {
    case Recall::Again:
        return Text::tr("Again");
    case Recall::Hard:
        return Text::tr("Hard");
    case Recall::Good:
        return Text::tr("Good");
    case Recall::Easy:
        return Text::tr("Easy");
    }
    return {};
}

QString ratingButtonText(Recall recall, const std::optional<PracticeRecord>& last)
{
    PracticeRecord answer;
    answer.practised = QDateTime::currentDateTime();
    answer.rating = int(recall);
    const int days = practice::schedule(last, answer).intervalDays;
    // Spelled out for English, which no translation file supplies plurals for.
    const QString when =
        days == 1 ? Text::tr("tomorrow") : Text::tr("in %1 days", "comes back in").arg(days);
    return QStringLiteral("%1 (%2) · %3").arg(recallName(recall)).arg(int(recall)).arg(when);
}

} // namespace sb::gui
