#include "tests/core/MarkdownImportFixtures.h"

#include "core/exchange/MarkdownImporter.h"

#include <QFile>

#include <gtest/gtest.h>

namespace sb::test {

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

QByteArray importFixtureBytes(const QString& name)
{
    QFile file(QStringLiteral(STORYBANK_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing fixture " << name.toStdString();
        return {};
    }
    return file.readAll();
}

ImportDocument importFixture(const QString& name)
{
    return MarkdownImporter::parse(importFixtureBytes(name), name);
}

ImportDocument importMarkdown(const char* markdown)
{
    return MarkdownImporter::parse(QByteArray(markdown), QStringLiteral("inline.md"));
}

ImportedQuestion questionTexted(const ImportDocument& doc, const QString& text)
{
    for (const ImportedQuestion& question : doc.questions) {
        if (question.question.text == text)
            return question;
    }
    ADD_FAILURE() << "no question \"" << text.toStdString() << "\" in\n" << describe(doc);
    return {};
}

ImportedStory storyTitled(const ImportDocument& doc, const QString& title)
{
    for (const ImportedStory& story : doc.stories) {
        if (story.story.title == title)
            return story;
    }
    ADD_FAILURE() << "no story \"" << title.toStdString() << "\" in\n" << describe(doc);
    return {};
}

QString questionTextOf(const ImportDocument& doc, QuestionId id)
{
    for (const ImportedQuestion& question : doc.questions) {
        if (question.question.id == id)
            return question.question.text;
    }
    return QStringLiteral("<no question %1>").arg(id.value);
}

QStringList linkedQuestions(const ImportDocument& doc, const ImportedStory& story)
{
    QStringList result;
    for (const StoryQuestionLink& link : story.links) {
        QString text = questionTextOf(doc, link.question) + QStringLiteral(" (") + toKey(link.fit)
            + QLatin1Char(')');
        if (link.story != story.story.id)
            text += QStringLiteral(" [wrong story key]");
        if (!link.angle.isEmpty())
            text += QStringLiteral(" angle: ") + link.angle;
        result.append(text);
    }
    return result;
}

std::string describe(const ImportDocument& doc)
{
    QString out;
    for (const ImportedQuestion& q : doc.questions) {
        out += QStringLiteral("Q%1 line %2 [%3] %4 | variants: %5 | kind: %6\n")
                   .arg(q.question.id.value)
                   .arg(q.line)
                   .arg(q.categoryNames.join(QStringLiteral(", ")), q.question.text,
                       q.question.variants.join(QStringLiteral(" / ")), toKey(q.question.kind));
        if (!q.question.notes.isEmpty())
            out += QStringLiteral("   notes: ") + q.question.notes + QLatin1Char('\n');
    }
    for (const ImportedStory& s : doc.stories) {
        out += QStringLiteral("S%1 line %2 %3%4 (%5) tags: %6\n")
                   .arg(s.story.id.value)
                   .arg(s.line)
                   .arg(s.reference ? QStringLiteral("REF ") : QString(), s.story.title,
                       toKey(s.story.method), s.tagNames.join(QStringLiteral(", ")));
        out += QStringLiteral("   S: %1\n   T: %2\n   A: %3\n   R: %4\n   L: %5\n")
                   .arg(s.story.situation, s.story.task, s.story.action, s.story.result,
                       s.story.learning);
        out += QStringLiteral("   links: ") + linkedQuestions(doc, s).join(QStringLiteral("; "))
            + QLatin1Char('\n');
    }
    for (const ImportWarning& w : doc.warnings)
        out += QStringLiteral("W line %1: %2\n").arg(w.line).arg(w.message);
    return out.toStdString();
}

} // namespace sb::test
