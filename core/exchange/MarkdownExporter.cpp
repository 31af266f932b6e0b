#include "core/exchange/MarkdownExporter.h"

#include "core/Bank.h"
#include "core/exchange/FileSlug.h"
#include "core/exchange/MarkdownEscape.h"
#include "core/exchange/MarkdownLines.h"
#include "core/exchange/MarkdownRecordsWriter.h"
#include "core/model/StorySections.h"

#include <QCoreApplication>
#include <QHash>

namespace sb {

namespace {

// The shape is fixed by the exchange notes that MarkdownImporter reads back; the English
// words in it (headings, metadata keys) are format, not user interface, so not translated.

// How people write the methods, which the importer accepts, rather than the stored "STARL".
QString methodLabel(StoryMethod method)
{
    return method == StoryMethod::StarL ? QStringLiteral("STAR+L") : toKey(method);
}

class Writer {
public:
    explicit Writer(const Bank& bank) : m_bank(bank)
    {
        for (const Category& category : bank.categories())
            m_categoryNames.insert(category.id, category.name);
        for (const Tag& tag : bank.tags())
            m_tagNames.insert(tag.id, tag.name);
        // Everything read once up front: a bank of thousands of stories must not cost a query
        // per story or per category.
        m_questions = bank.questions();
        for (const Question& question : std::as_const(m_questions))
            m_questionTexts.insert(question.id, question.text);
        for (const StoryQuestionLink& link : bank.links())
            m_linksOfStory[link.story].append(link);
    }

    void questionsPart(MarkdownLines& out) const
    {
        out.heading(1, QStringLiteral("Interview questions"));
        // A question is written once, under its first category; without one, it stands
        // directly under the part title.
        QHash<CategoryId, QList<const Question*>> underCategory;
        for (const Question& question : m_questions) {
            if (question.categories.isEmpty())
                this->question(out, question);
            else
                underCategory[question.categories.first()].append(&question);
        }
        for (const Category& category : m_bank.categories()) {
            out.heading(2, category.name);
            for (const Question* question : underCategory.value(category.id))
                this->question(out, *question);
        }
    }

    // The metadata paragraph, the sections, cues and answers: what follows a story's title.
    void storyBody(MarkdownLines& out, const Story& story) const
    {
        QStringList meta;
        addMeta(meta, QStringLiteral("Hook"), MarkdownEscape::singleLine(story.summary));
        addMeta(meta, QStringLiteral("Method"), methodLabel(story.method));
        addMeta(meta, QStringLiteral("Status"), toKey(story.status));
        addMeta(meta, QStringLiteral("Role"), MarkdownEscape::singleLine(story.role));
        addMeta(
            meta, QStringLiteral("Organization"), MarkdownEscape::singleLine(story.organization));
        addMeta(meta, QStringLiteral("When"), MarkdownEscape::singleLine(story.period));
        addMeta(meta, QStringLiteral("Ratings"), ratings(story));
        addMeta(meta, QStringLiteral("Tags"), names(m_tagNames, story.tags));
        addMeta(meta, QStringLiteral("Categories"), names(m_categoryNames, story.categories));
        out.block(meta);

        // Every section of the method, even an empty one, so the reader sees which method
        // the story is told in and where to write.
        const QList<StorySection> shown = sectionsOf(story.method);
        for (const StorySection section : shown) {
            // CARL's Context shows situation and task as one field; both are written, under
            // their own headings, so they come back apart as they were.
            if (section == StorySection::Context && !story.situation.isEmpty()
                && !story.task.isEmpty()) {
                out.heading(4, sectionEnglishName(StorySection::Context));
                out.block(MarkdownEscape::paragraphs(story.situation));
                out.heading(4, sectionEnglishName(StorySection::Task));
                out.block(MarkdownEscape::paragraphs(story.task));
                continue;
            }
            out.heading(4, sectionEnglishName(section));
            out.block(MarkdownEscape::paragraphs(sectionText(story, section)));
        }
        // A STAR story keeps a learning it had as STAR+L (switching method never loses text),
        // so the file keeps it too; the Method line tells the importer how the story is told.
        if (!shown.contains(StorySection::Learning) && !story.learning.trimmed().isEmpty()) {
            out.heading(4, sectionEnglishName(StorySection::Learning));
            out.block(MarkdownEscape::paragraphs(story.learning));
        }
        QStringList cues;
        for (const QString& cue : story.cues) {
            const QString line = MarkdownEscape::singleLine(cue);
            if (!line.isEmpty())
                cues.append(QStringLiteral("- ") + line);
        }
        if (!cues.isEmpty()) {
            out.heading(4, QStringLiteral("Cues"));
            out.block(cues);
        }
        answers(out, story);
    }

private:
    void question(MarkdownLines& out, const Question& question) const
    {
        QStringList phrasings {question.text};
        for (const QString& variant : question.variants) {
            if (!variant.trimmed().isEmpty())
                phrasings.append(variant);
        }
        out.heading(3, phrasings.join(QStringLiteral(" / ")));
        QStringList meta;
        // Kind is written even when it is the default: a reader then never has to guess it
        // from the category.
        addMeta(meta, QStringLiteral("Kind"), toKey(question.kind));
        if (question.categories.size() > 1)
            addMeta(
                meta, QStringLiteral("Categories"), names(m_categoryNames, question.categories));
        out.block(meta);
        QStringList quote;
        for (const QString& line : MarkdownEscape::paragraphs(question.notes))
            quote.append(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
        out.block(quote);
    }

    void answers(MarkdownLines& out, const Story& story) const
    {
        QStringList items;
        for (const StoryQuestionLink& link : m_linksOfStory.value(story.id)) {
            items.append(QStringLiteral("- ")
                + MarkdownEscape::singleLine(m_questionTexts.value(link.question)));
            if (link.fit != LinkFit::Strong)
                items.append(QStringLiteral("  - Fit: ") + toKey(link.fit));
            const QString angle = MarkdownEscape::singleLine(link.angle);
            if (!angle.isEmpty())
                items.append(QStringLiteral("  - Angle: ") + angle);
        }
        if (items.isEmpty())
            return;
        out.heading(4, QStringLiteral("Answers"));
        out.block(items);
    }

    // value is Markdown already: escaped user text, or a format key such as "about_you" that
    // is written as it is so a person reads it plainly.
    static void addMeta(QStringList& meta, const QString& key, const QString& value)
    {
        if (!value.isEmpty())
            meta.append(key + QStringLiteral(": ") + value);
    }

    static QString ratings(const Story& story)
    {
        const std::pair<const char*, int> all[] = {{"impact", story.impact},
            {"complexity", story.complexity}, {"involvement", story.involvement},
            {"confidence", story.confidence}};
        QStringList rated;
        for (const auto& [name, value] : all) {
            if (value != 0)
                rated.append(QLatin1String(name) + u' ' + QString::number(value));
        }
        return rated.join(QStringLiteral(", "));
    }

    template<typename IdT>
    static QString names(const QHash<IdT, QString>& known, const QList<IdT>& ids)
    {
        QStringList out;
        for (const IdT id : ids) {
            QString name = MarkdownEscape::singleLine(known.value(id));
            // The list is split at commas when read back; a name with one is quoted, as in CSV.
            if (name.contains(u',') || name.startsWith(u'"'))
                name = u'"' + name.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            out.append(name);
        }
        return out.join(QStringLiteral(", "));
    }

    const Bank& m_bank;
    QHash<CategoryId, QString> m_categoryNames;
    QHash<TagId, QString> m_tagNames;
    QList<Question> m_questions;
    QHash<QuestionId, QString> m_questionTexts;
    QHash<StoryId, QList<StoryQuestionLink>> m_linksOfStory; // in question order, as the bank
};

// The editor lets a story be saved before it has a title; a heading needs words, or the
// story would vanish on the way back in.
QString shownTitle(const Story& story)
{
    return story.title.trimmed().isEmpty()
        ? QCoreApplication::translate("sb::MarkdownExporter", "Untitled story")
        : story.title;
}

} // namespace

QByteArray MarkdownExporter::writeFile(const Bank& bank)
{
    const Writer writer(bank);
    MarkdownLines out;
    writer.questionsPart(out);
    out.heading(1, QStringLiteral("Stories"));
    for (const Story& story : bank.stories()) {
        out.heading(2, shownTitle(story));
        writer.storyBody(out, story);
    }
    MarkdownRecordsWriter(bank).write(out);
    return out.toUtf8();
}

QMap<QString, QByteArray> MarkdownExporter::writeFolder(const Bank& bank)
{
    const Writer writer(bank);
    QMap<QString, QByteArray> files;
    MarkdownLines index;
    writer.questionsPart(index);
    index.heading(1, QStringLiteral("Stories"));
    QStringList storyLinks;
    FileSlug slugs;
    for (const Story& story : bank.stories()) {
        const QString file =
            QStringLiteral("stories/") + slugs.take(shownTitle(story)) + QStringLiteral(".md");
        storyLinks.append(QStringLiteral("- [") + MarkdownEscape::singleLine(shownTitle(story))
            + QStringLiteral("](") + file + u')');
        MarkdownLines page;
        page.heading(1, shownTitle(story));
        writer.storyBody(page, story);
        files.insert(file, page.toUtf8());
    }
    index.block(storyLinks);
    MarkdownRecordsWriter(bank).write(index);
    files.insert(QStringLiteral("index.md"), index.toUtf8());
    return files;
}

} // namespace sb
