#pragma once

#include "core/exchange/ImportDocument.h"
#include "core/exchange/NotesText.h"
#include "core/exchange/SectionLabels.h"
#include "core/exchange/UniqueNames.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// A story while its sections are still being read: which section is open, how it was opened
// (a heading takes everything up to the next heading; a list label only what is nested in it),
// and what has been seen so far.
class StoryDraft {
public:
    StoryDraft(const QString& title, int line, QuestionId question);

    const QString& title() const { return m_story.story.title; }
    QuestionId question() const { return m_question; }
    int line() const { return m_story.line; }
    bool hasSectionOpen() const { return m_section.has_value(); }
    std::optional<SectionLabel> section() const { return m_section; }
    bool sectionFromHeading() const { return m_sectionFromHeading; }
    int sectionDepth() const { return m_sectionDepth; } // list depth of the label; 0 otherwise
    bool hasMetadata() const { return m_fromExport; }

    // True when the label was already used in this story: a second "Situation" begins the
    // next story.
    bool hasSeen(SectionLabel label) const { return m_seen.contains(label); }

    void openSection(SectionLabel label, int depth, bool fromHeading);
    // Text before any label in a titled story is its telling: it opens the situation.
    void openImplicitSituation();
    NotesText& body() { return m_body; }

    void addCue(const QString& cue);
    void addLink(QuestionId question);
    void setLastLinkFit(LinkFit fit);
    void setLastLinkAngle(const QString& angle);
    void applyMetadata(const QString& paragraph);

    // The finished story (id unset). A story with no title of its own takes fileTitle (the
    // front matter's), else the first words of its situation (or of its first written
    // section), else lastResortTitle (its question).
    ImportedStory finish(
        const QString& fileTitle, const QString& lastResortTitle, const QStringList& fileTags);
    bool hasLinks() const { return !m_story.links.isEmpty(); }

private:
    void closeSection();
    QString derivedTitle() const;

    ImportedStory m_story;
    QuestionId m_question;
    std::optional<SectionLabel> m_section;
    int m_sectionDepth = 0;
    bool m_sectionFromHeading = false;
    bool m_implicitSituation = false;
    QList<SectionLabel> m_seen;
    NotesText m_body;
    QSet<qint64> m_linked; // question keys in m_story.links
    UniqueNames m_tags;
    UniqueNames m_categories;
    bool m_usedContext = false;
    bool m_methodGiven = false;
    bool m_fromExport = false;
};

} // namespace sb
