#include "core/exchange/ImportSources.h"

#include "core/exchange/ImportError.h"
#include "core/exchange/JsonImporter.h"
#include "core/exchange/MarkdownImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <algorithm>
#include <exception>
#include <vector>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::ImportSources)
};

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isHiddenBelow(const QString& path, const QString& root)
{
    const QStringList parts = QDir(root).relativeFilePath(path).split(u'/');
    return std::any_of(parts.cbegin(), parts.cend(),
        [](const QString& part) { return part.startsWith(u'.') && part != u".."; });
}

QList<ImportFile> notesInFolder(const QString& folder, const QString& shownAs)
{
    QStringList paths;
    QDirIterator it(
        // Unreadable notes are listed too: reading them fails, and so the whole import does,
        // rather than leaving a note out without a word.
        folder, {QStringLiteral("*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isHiddenBelow(path, folder))
            continue;
        if (ImportSources::formatForPath(path) == ImportFormat::Markdown)
            paths.append(path);
    }
    if (paths.isEmpty())
        throw ImportError(shownAs, -1,
            Text::tr("%1 holds no notes to import (files ending in .md, .markdown or .txt).")
                .arg(shownAs));
    // Path order, so an import of the same folder always meets its files in the same order.
    std::sort(paths.begin(), paths.end());
    QList<ImportFile> files;
    const QDir root(folder);
    for (const QString& path : std::as_const(paths))
        files.append(
            {path, QDir::toNativeSeparators(QDir(shownAs).filePath(root.relativeFilePath(path))),
                ImportFormat::Markdown});
    return files;
}

} // namespace

std::optional<ImportFormat> ImportSources::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"txt")
        return ImportFormat::Markdown;
    if (suffix == u"json")
        return ImportFormat::Json;
    return std::nullopt;
}

QList<ImportFile> ImportSources::collect(const QStringList& paths)
{
    QList<ImportFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString shownAs = QDir::toNativeSeparators(path);
        if (!info.exists())
            throw ImportError(shownAs, -1, Text::tr("%1 does not exist.").arg(shownAs));
        if (info.isDir()) {
            files.append(notesInFolder(info.absoluteFilePath(), shownAs));
            continue;
        }
        const std::optional<ImportFormat> format = formatForPath(path);
        if (!format)
            throw ImportError(shownAs, -1,
                Text::tr(
                    "%1 is not a file StoryBank imports: name Markdown notes .md, .markdown or "
                    ".txt, and a StoryBank export .json.")
                    .arg(shownAs));
        files.append({info.absoluteFilePath(), shownAs, *format});
    }
    return files;
}

ImportDocument ImportSources::read(const ImportFile& file)
{
    const qint64 limit =
        file.format == ImportFormat::Json ? kMaxJsonBytes : MarkdownImporter::kMaxBytes;
    QFile in(file.path);
    // Checked before reading, so a huge file costs nothing.
    if (in.size() > limit)
        throw ImportError(file.source, -1,
            Text::tr("%1 is %2 MB; StoryBank imports files of up to %3 MB.")
                .arg(file.source, megabytes(in.size()), megabytes(limit)));
    if (!in.open(QIODevice::ReadOnly))
        throw ImportError(
            file.source, -1, Text::tr("Cannot read %1: %2").arg(file.source, in.errorString()));
    const QByteArray bytes = in.read(limit + 1);
    if (in.error() != QFileDevice::NoError)
        throw ImportError(
            file.source, -1, Text::tr("Cannot read %1: %2").arg(file.source, in.errorString()));
    if (bytes.size() > limit) // it grew since its size was read
        throw ImportError(file.source, -1,
            Text::tr("%1 is larger than the %2 MB StoryBank imports.")
                .arg(file.source, megabytes(limit)));
    return file.format == ImportFormat::Json ? JsonImporter::parse(bytes, file.source)
                                             : MarkdownImporter::parse(bytes, file.source);
}

QList<ImportDocument> ImportSources::readAll(const QStringList& paths)
{
    const QList<ImportFile> files = collect(paths);
    // Each file is read and parsed on its own, so they are spread over every core; the refusal
    // reported is still the first in path order, as if they were read one after another.
    QList<ImportDocument> documents(files.size());
    std::vector<std::exception_ptr> refusals(files.size());
    ImportDocument* out = documents.data(); // detached once, before any thread writes
    QThreadPool pool;
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&files, &refusals, out, i] {
            try {
                out[i] = read(files.at(i));
            } catch (...) {
                refusals[size_t(i)] = std::current_exception();
            }
        });
    }
    pool.waitForDone();
    for (const std::exception_ptr& refusal : refusals) {
        if (refusal)
            std::rethrow_exception(refusal);
    }
    return documents;
}

} // namespace sb
