#include "core/exchange/MarkdownRecordsWriter.h"

#include "core/Bank.h"
#include "core/exchange/MarkdownEscape.h"
#include "core/exchange/MarkdownLines.h"

#include <QCoreApplication>
#include <QStringList>

namespace sb {

namespace {

// As in MarkdownExporter: the English words here (headings, keys) are the export's format, not
// user interface, so they are not translated.
const char* const kInterviews = "Interviews";
const char* const kJournal = "Journal";
const char* const kPitch = "Pitch";

void addLine(QStringList& lines, const char* key, const QString& value)
{
    const QString line = MarkdownEscape::singleLine(value);
    if (!line.isEmpty())
        lines.append(QLatin1String(key) + QStringLiteral(": ") + line);
}

QStringList item(int depth, const QString& text)
{
    return {QString(2 * depth, u' ') + QStringLiteral("- ") + MarkdownEscape::singleLine(text)};
}

// Under a heading of its own, so a long text (a pasted job description) stays readable.
void section(MarkdownLines& out, int level, const QString& title, const QString& text)
{
    const QStringList paragraphs = MarkdownEscape::paragraphs(text);
    if (paragraphs.isEmpty())
        return;
    out.heading(level, title);
    out.block(paragraphs);
}

QString interviewTitle(const Interview& interview)
{
    const QString role = interview.role.trimmed();
    return role.isEmpty() ? interview.company : interview.company + QStringLiteral(" – ") + role;
}

QString period(const JournalEntry& entry)
{
    const QString start = entry.date.toString(Qt::ISODate);
    if (!entry.endDate.isValid() || entry.endDate == entry.date)
        return start;
    return start + QStringLiteral(" to ") + entry.endDate.toString(Qt::ISODate);
}

QString ratings(const JournalEntry& entry)
{
    const std::pair<const char*, int> all[] = {
        {"impact", entry.impact}, {"scope", entry.scope}, {"involvement", entry.involvement}};
    QStringList rated;
    for (const auto& [name, value] : all) {
        if (value != 0)
            rated.append(QLatin1String(name) + u' ' + QString::number(value));
    }
    return rated.join(QStringLiteral(", "));
}

} // namespace

MarkdownRecordsWriter::MarkdownRecordsWriter(const Bank& bank)
    : m_bank(bank), m_defaultPitch(bank.defaultPitch())
{
    // Titles and texts read once: interviews name many of them, a query each would add up.
    for (const Question& question : bank.questions())
        m_questionTexts.insert(question.id, question.text);
    for (const StorySummary& story : bank.storySummaries())
        m_storyTitles.insert(story.id, story.title);
}

bool MarkdownRecordsWriter::isPartTitle(const QString& heading)
{
    const QString text = heading.trimmed();
    for (const char* title : {kInterviews, kJournal, kPitch}) {
        if (text.compare(QLatin1String(title), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void MarkdownRecordsWriter::write(MarkdownLines& out) const
{
    const QList<Interview> interviews = m_bank.interviews();
    if (!interviews.isEmpty()) {
        out.heading(1, QLatin1String(kInterviews));
        for (const Interview& interview : interviews)
            this->interview(out, interview);
    }
    const QList<JournalEntry> journal = m_bank.journal();
    if (!journal.isEmpty()) {
        out.heading(1, QLatin1String(kJournal));
        for (const JournalEntry& entry : journal)
            journalEntry(out, entry);
    }
    if (!m_defaultPitch.isEmpty()) {
        out.heading(1, QLatin1String(kPitch));
        pitch(out, m_defaultPitch, 2);
    }
}

void MarkdownRecordsWriter::interview(MarkdownLines& out, const Interview& interview) const
{
    out.heading(2, interviewTitle(interview));
    QStringList meta;
    if (interview.scheduled.isValid())
        addLine(meta, "Date",
            interview.scheduled.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    addLine(meta, "Level", interview.level);
    addLine(meta, "Stage", interview.stage);
    addLine(meta, "Interviewers", interview.interviewers);
    out.block(meta);
    section(out, 3, QStringLiteral("Notes"), interview.notes);
    expectedQuestions(out, interview);
    toldStories(out, interview);
    values(out, interview);
    QStringList asks;
    for (const QString& ask : interview.asks) {
        if (!ask.trimmed().isEmpty())
            asks.append(item(0, ask));
    }
    if (!asks.isEmpty()) {
        out.heading(3, QStringLiteral("Questions to ask"));
        out.block(asks);
    }
    if (!interview.pitch.isEmpty()) {
        out.heading(3, QLatin1String(kPitch));
        pitch(out, interview.pitch, 4);
    } else if (!m_defaultPitch.isEmpty()) {
        out.heading(3, QLatin1String(kPitch));
        out.block({QStringLiteral("The default pitch (see “Pitch” below).")});
    }
}

void MarkdownRecordsWriter::expectedQuestions(MarkdownLines& out, const Interview& interview) const
{
    // The expected questions in their order; a plan may name a question not (or no longer)
    // among them, and a story may be planned for no question in particular.
    QList<QuestionId> questions = interview.questions;
    bool anyQuestion = false;
    for (const PlannedStory& planned : interview.plan) {
        if (!planned.question.isValid())
            anyQuestion = true;
        else if (!questions.contains(planned.question))
            questions.append(planned.question);
    }
    QStringList lines;
    const auto storiesFor = [&](QuestionId question) {
        for (const PlannedStory& planned : interview.plan) {
            if (planned.question == question)
                lines.append(item(1, storyTitle(planned.story)));
        }
    };
    for (QuestionId question : std::as_const(questions)) {
        lines.append(item(0, m_questionTexts.value(question)));
        storiesFor(question);
    }
    if (anyQuestion) {
        lines.append(item(0, QStringLiteral("(any question)")));
        storiesFor(QuestionId());
    }
    if (lines.isEmpty())
        return;
    out.heading(3, QStringLiteral("Expected questions"));
    out.block(lines);
}

void MarkdownRecordsWriter::toldStories(MarkdownLines& out, const Interview& interview) const
{
    QStringList lines;
    for (const StoryTelling& told : interview.told) {
        QStringList where;
        if (!told.round.trimmed().isEmpty())
            where.append(QStringLiteral("round: ") + told.round);
        if (!told.interviewer.trimmed().isEmpty())
            where.append(QStringLiteral("interviewer: ") + told.interviewer);
        if (told.question.isValid())
            where.append(QStringLiteral("question: ") + m_questionTexts.value(told.question));
        QString text = storyTitle(told.story);
        if (!where.isEmpty())
            text += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + u')';
        lines.append(item(0, text));
    }
    if (lines.isEmpty())
        return;
    out.heading(3, QStringLiteral("Stories told"));
    out.block(lines);
}

void MarkdownRecordsWriter::values(MarkdownLines& out, const Interview& interview) const
{
    QStringList lines;
    for (const CompanyValue& value : interview.values) {
        const QString description = value.description.simplified();
        lines.append(item(0,
            description.isEmpty() ? value.name : value.name + QStringLiteral(": ") + description));
        // A value without a story is a gap to fill before the day, and the reader should see it.
        if (value.stories.isEmpty())
            lines.append(item(1, QStringLiteral("(no story yet)")));
        for (StoryId story : value.stories)
            lines.append(item(1, storyTitle(story)));
    }
    if (lines.isEmpty())
        return;
    out.heading(3, QStringLiteral("Values"));
    out.block(lines);
}

void MarkdownRecordsWriter::journalEntry(MarkdownLines& out, const JournalEntry& entry) const
{
    out.heading(2, entry.title);
    QStringList meta;
    if (entry.date.isValid())
        addLine(meta, "Date", period(entry));
    addLine(meta, "Tags", entry.tags.join(QStringLiteral(", ")));
    addLine(meta, "Ratings", ratings(entry));
    if (entry.story.isValid())
        meta.append(
            QStringLiteral("→ story: ") + MarkdownEscape::singleLine(storyTitle(entry.story)));
    out.block(meta);
    out.block(MarkdownEscape::paragraphs(entry.details));
    section(out, 3, QStringLiteral("Metrics"), entry.metrics);
    section(out, 3, QStringLiteral("Feedback"), entry.feedback);
}

void MarkdownRecordsWriter::pitch(MarkdownLines& out, const Pitch& pitch, int level)
{
    section(out, level, QStringLiteral("Who I am"), pitch.who);
    section(out, level, QStringLiteral("Highlights"), pitch.highlights);
    section(out, level, QStringLiteral("What I am looking for"), pitch.seeking);
}

QString MarkdownRecordsWriter::storyTitle(StoryId story) const
{
    const QString title = m_storyTitles.value(story);
    // As the exporter heads a story without a title, so the reader can find it among them.
    return title.trimmed().isEmpty()
        ? QCoreApplication::translate("sb::MarkdownExporter", "Untitled story")
        : title;
}

} // namespace sb
