#include "core/exchange/DocumentStories.h"

#include <algorithm>

namespace sb {

void DocumentStories::add(const ImportedStory& story)
{
    m_stories.append(story);
}

void DocumentStories::reference(const QString& name, QuestionId question, int line)
{
    const QString key = name.toCaseFolded();
    qsizetype index = m_referenceByTitle.value(key, -1);
    if (index < 0) {
        ImportedStory story;
        story.reference = true;
        story.story.title = name;
        story.line = line;
        m_stories.append(story);
        index = m_stories.size() - 1;
        m_referenceByTitle.insert(key, index);
    }
    const quint64 pair = (quint64(index) << 32) ^ quint64(question.value);
    if (m_referenceLinks.contains(pair))
        return;
    m_referenceLinks.insert(pair);
    StoryQuestionLink link;
    link.question = question;
    m_stories[index].links.append(link);
}

QList<ImportedStory> DocumentStories::take()
{
    QHash<QString, qsizetype> fullByTitle; // folded title -> index in m_stories
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        const ImportedStory& story = m_stories.at(i);
        if (!story.reference)
            fullByTitle.insert(story.story.title.toCaseFolded(), i); // the last one wins
    }
    QList<ImportedStory> ordered;
    QHash<qsizetype, qsizetype> placed; // index in m_stories -> index in ordered
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        const ImportedStory& story = m_stories.at(i);
        if (story.reference && fullByTitle.contains(story.story.title.toCaseFolded()))
            continue;
        placed.insert(i, ordered.size());
        ordered.append(story);
    }
    QHash<qsizetype, QSet<qint64>> linked; // index in ordered -> question keys it links
    for (const ImportedStory& reference : std::as_const(m_stories)) {
        const auto full = fullByTitle.constFind(reference.story.title.toCaseFolded());
        if (!reference.reference || full == fullByTitle.cend())
            continue;
        const qsizetype target = placed.value(full.value());
        auto known = linked.find(target);
        if (known == linked.end()) {
            QSet<qint64> questions;
            for (const StoryQuestionLink& link : std::as_const(ordered.at(target).links))
                questions.insert(link.question.value);
            known = linked.insert(target, questions);
        }
        for (const StoryQuestionLink& link : reference.links) {
            if (!known->contains(link.question.value)) {
                known->insert(link.question.value);
                ordered[target].links.append(link);
            }
        }
    }
    // A reference inside a story's sections is recorded before that story is finished.
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const ImportedStory& a, const ImportedStory& b) { return a.line < b.line; });
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        ImportedStory& story = ordered[i];
        story.story.id = StoryId(i + 1);
        for (StoryQuestionLink& link : story.links)
            link.story = story.story.id;
    }
    m_stories.clear();
    m_referenceByTitle.clear();
    m_referenceLinks.clear();
    return ordered;
}

} // namespace sb
