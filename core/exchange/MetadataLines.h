#pragma once

#include "core/model/Question.h"
#include "core/model/Story.h"

#include <QString>
#include <QStringList>

namespace sb {

// The "Key: value" lines StoryBank's Markdown export writes under a question ("Kind:",
// "Categories:") and under a story title ("Hook:", "Method:", "Status:", "Role:",
// "Organization:", "When:", "Ratings:", "Tags:", "Categories:"). A paragraph counts only when
// every line of it is such a line, so running text that happens to start with "Role:" stays
// text.
class MetadataLines {
public:
    // True when the paragraph's first line is "Hook:", "Method:" or "Status:": what tells a
    // story title from a heading that only happens to be followed by a paragraph.
    static bool startsStoryMetadata(const QString& paragraph);

    static bool isStoryMetadata(const QString& paragraph);
    static bool isQuestionMetadata(const QString& paragraph);

    struct StoryFields {
        bool methodGiven = false;
        QStringList tags;
        QStringList categories;
    };
    // Applies the lines to story; returns what does not live in Story itself.
    static StoryFields applyToStory(const QString& paragraph, Story& story);

    // Applies "Kind:" to question; returns the "Categories:" names (empty when none given).
    static QStringList applyToQuestion(const QString& paragraph, Question& question);

    static QStringList commaList(const QString& value);
};

} // namespace sb
