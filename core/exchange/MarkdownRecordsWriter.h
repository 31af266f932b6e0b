#pragma once

#include "core/model/Id.h"
#include "core/model/Interview.h"
#include "core/model/JournalEntry.h"
#include "core/model/Pitch.h"

#include <QHash>
#include <QString>

namespace sb {

class Bank;
class MarkdownLines;

// The parts of the Markdown export after the questions and stories: the interviews with
// everything planned for them, the brag journal and the default pitch. They are for a person to
// read; MarkdownImporter passes over them (isPartTitle), so importing the export back brings
// the questions and stories and invents nothing from these parts.
class MarkdownRecordsWriter {
public:
    explicit MarkdownRecordsWriter(const Bank& bank);

    // Writes each part the bank has something for; nothing for an empty one.
    void write(MarkdownLines& out) const;

    // "Interviews", "Journal", "Pitch": the level-1 headings of these parts.
    static bool isPartTitle(const QString& heading);

private:
    void interview(MarkdownLines& out, const Interview& interview) const;
    void expectedQuestions(MarkdownLines& out, const Interview& interview) const;
    void toldStories(MarkdownLines& out, const Interview& interview) const;
    void values(MarkdownLines& out, const Interview& interview) const;
    void journalEntry(MarkdownLines& out, const JournalEntry& entry) const;
    static void pitch(MarkdownLines& out, const Pitch& pitch, int level);
    QString storyTitle(StoryId story) const;

    const Bank& m_bank;
    QHash<QuestionId, QString> m_questionTexts;
    QHash<StoryId, QString> m_storyTitles;
    Pitch m_defaultPitch;
};

} // namespace sb
