#pragma once

#include "core/exchange/ImportDocument.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sb {

// The stories one document brings, as the reader finishes them: full stories and references
// by name ("STORY: Search engine"). take() ties it up: a reference to a story the same
// document writes out becomes links of that story, stories come in document order, and keys
// are numbered 1, 2, … with every link pointing at its story's key.
class DocumentStories {
public:
    void add(const ImportedStory& story);
    // One reference story per name (compared case-insensitively), one link per question.
    void reference(const QString& name, QuestionId question, int line);
    QList<ImportedStory> take();

private:
    QList<ImportedStory> m_stories;
    QHash<QString, qsizetype> m_referenceByTitle; // folded title -> index in m_stories
    // (index in m_stories, question key) pairs already linked: a name referenced under
    // thousands of questions stays linear.
    QSet<quint64> m_referenceLinks;
};

} // namespace sb
