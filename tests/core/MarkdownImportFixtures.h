#pragma once

#include "core/exchange/ImportDocument.h"

#include <QByteArray>
#include <QString>

#include <QStringList>

#include <initializer_list>
#include <string>

namespace sb::test {

// Reads tests/data/import/<name> and runs MarkdownImporter::parse on it.
QByteArray importFixtureBytes(const QString& name);
ImportDocument importFixture(const QString& name);
ImportDocument importMarkdown(const char* markdown);

// {"a", "b"} as a QStringList, for comparing lists of names.
QStringList strings(std::initializer_list<const char*> list);

// Lookups that fail the test (and return a blank) when nothing matches.
ImportedQuestion questionTexted(const ImportDocument& doc, const QString& text);
ImportedStory storyTitled(const ImportDocument& doc, const QString& title);
QString questionTextOf(const ImportDocument& doc, QuestionId id);
// "Tell me…(strong)" for each link of the story, in order.
QStringList linkedQuestions(const ImportDocument& doc, const ImportedStory& story);

// The whole document as readable text, for failure messages.
std::string describe(const ImportDocument& doc);

} // namespace sb::test
