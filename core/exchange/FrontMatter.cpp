#include "core/exchange/FrontMatter.h"

#include "core/exchange/UniqueNames.h"

namespace sb {

namespace {

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2).trimmed();
    }
    return value;
}

// Obsidian accepts "#tag" in front matter too; the bank's tag is the name without the mark.
void addTag(UniqueNames& tags, const QString& raw)
{
    QString tag = unquoted(raw);
    while (tag.startsWith(QLatin1Char('#')))
        tag.remove(0, 1);
    tag = tag.trimmed();
    tags.add(tag);
}

void addTagList(UniqueNames& tags, QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2);
    // YAML allows both; people mix "tags: a, b" and "tags: a b" in Obsidian.
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1 && !part.contains(QLatin1Char('"'))
            && !part.contains(QLatin1Char('\''))) {
            for (const QString& word : words)
                addTag(tags, word);
        } else {
            addTag(tags, part);
        }
    }
}

bool isFence(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed == "---";
}

bool isEnd(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed == "---" || trimmed == "...";
}

// Front matter holds "key: value" lines, list items, indented continuations and comments; a
// line of prose or a heading means the "---" was a horizontal rule.
bool looksLikeYaml(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith("# ") || trimmed == "#")
        return true;
    if (line.startsWith(' ') || line.startsWith('\t') || trimmed.startsWith("- ") || trimmed == "-")
        return true;
    const qsizetype colon = trimmed.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray key = trimmed.left(colon);
    return !key.contains(' ') || key.startsWith('"') || key.startsWith('\'');
}

} // namespace

FrontMatter FrontMatter::read(const QByteArray& bytes)
{
    FrontMatter matter;
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    matter.bodyStart = start;

    qsizetype firstEnd = bytes.indexOf('\n', start);
    if (firstEnd < 0 || !isFence(bytes.mid(start, firstEnd - start)))
        return matter;

    QList<QByteArray> lines;
    qsizetype pos = firstEnd + 1;
    qsizetype bodyStart = -1;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        const qsizetype lineEnd = end < 0 ? bytes.size() : end;
        const QByteArray line = bytes.mid(pos, lineEnd - pos);
        if (isEnd(line)) {
            bodyStart = end < 0 ? bytes.size() : end + 1;
            break;
        }
        if (!looksLikeYaml(line))
            return matter; // a note that opens with a horizontal rule
        lines.append(line);
        pos = lineEnd + 1;
    }
    if (bodyStart < 0)
        return matter; // never closed: a horizontal rule, not front matter

    matter.bodyStart = bodyStart;
    UniqueNames tags;
    bool inTagList = false;
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (inTagList && trimmed.startsWith(QLatin1Char('-'))) {
            addTag(tags, trimmed.mid(1));
            continue;
        }
        inTagList = false;
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))
            continue; // nested mapping of a key we do not read
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toCaseFolded();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("title")) {
            matter.title = unquoted(value);
        } else if (key == QLatin1String("tags") || key == QLatin1String("tag")) {
            if (value.isEmpty())
                inTagList = true;
            else
                addTagList(tags, value);
        }
    }
    matter.tags = tags.names();
    return matter;
}

} // namespace sb
