#include "tests/fuzz/FuzzEntry.h"

#include "core/exchange/ImportError.h"
#include "core/exchange/MarkdownImporter.h"

#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace sb::fuzz {

namespace {

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "MarkdownImporter invariant broken: %s\n", what);
    std::abort();
}

void check(bool holds, const char* what)
{
    if (!holds)
        broken(what);
}

// What ImportDocument.h promises about any document, whatever the input: keys are distinct
// and valid, links refer to what is in the document, and nothing is nameless.
void checkInvariants(const ImportDocument& document, const QString& source)
{
    check(document.source == source, "the document does not name its source");
    QSet<int64_t> questionKeys;
    for (const ImportedQuestion& question : document.questions) {
        check(question.question.id.isValid(), "a question key is not valid");
        check(!questionKeys.contains(question.question.id.value), "two questions share a key");
        questionKeys.insert(question.question.id.value);
        check(!question.question.text.trimmed().isEmpty(), "a question has no text");
        check(question.line >= 0, "a question stands on a negative line");
    }
    QSet<int64_t> storyKeys;
    for (const ImportedStory& story : document.stories) {
        check(story.story.id.isValid(), "a story key is not valid");
        check(!storyKeys.contains(story.story.id.value), "two stories share a key");
        storyKeys.insert(story.story.id.value);
        check(!story.story.title.trimmed().isEmpty(), "a story has no title");
        check(story.line >= 0, "a story stands on a negative line");
        for (const StoryQuestionLink& link : story.links) {
            check(link.story == story.story.id, "a link names another story than its own");
            check(questionKeys.contains(link.question.value),
                "a link names a question that is not in the document");
        }
    }
    for (const ImportWarning& warning : document.warnings)
        check(warning.line >= 0, "a warning stands on a negative line");
}

} // namespace

bool importMarkdown(const QByteArray& bytes)
{
    const QString source = QStringLiteral("fuzz.md");
    try {
        checkInvariants(MarkdownImporter::parse(bytes, source), source);
        return true;
    } catch (const ImportError&) {
        // Refusing a whole file is a correct answer to hostile input.
        return false;
    }
}

void importMarkdownOnce(const uint8_t* data, size_t size)
{
    importMarkdown(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
}

} // namespace sb::fuzz
