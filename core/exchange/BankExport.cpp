#include "core/exchange/BankExport.h"

#include "core/BankError.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/MarkdownExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankExport)
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw BankError(BankError::Code::Io,
            Text::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
}

void writeFolder(const Bank& bank, const QString& path, const std::function<void()>& beforeWriting)
{
    const QDir folder(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        throw BankError(BankError::Code::FileExists,
            Text::tr(
                "%1 is not empty. Export to a new or empty folder, so that no file of yours is "
                "replaced.")
                .arg(shown));
    // Everything is made in memory first: a bank that cannot be read writes no half folder.
    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(bank);
    if (beforeWriting)
        beforeWriting();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = folder.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            throw BankError(BankError::Code::Io, Text::tr("Cannot make the folder %1.").arg(shown));
        writeFile(target, it.value());
    }
}

} // namespace

std::optional<ExportFormat> BankExport::formatFromKey(const QString& key)
{
    if (key.compare(u"json", Qt::CaseInsensitive) == 0)
        return ExportFormat::Json;
    if (key.compare(u"markdown", Qt::CaseInsensitive) == 0
        || key.compare(u"md", Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    return std::nullopt;
}

std::optional<ExportFormat> BankExport::formatForPath(const QString& path)
{
    if (path.endsWith(u'/') || path.endsWith(QDir::separator()) || QFileInfo(path).isDir())
        return ExportFormat::MarkdownFolder;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return ExportFormat::Json;
    if (suffix == u"md" || suffix == u"markdown")
        return ExportFormat::Markdown;
    return std::nullopt;
}

void BankExport::write(const Bank& bank, ExportFormat format, const QString& path,
    const std::function<void()>& beforeWriting)
{
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Json:
        bytes = JsonExporter::write(bank);
        break;
    case ExportFormat::Markdown:
        bytes = MarkdownExporter::writeFile(bank);
        break;
    case ExportFormat::MarkdownFolder:
        writeFolder(bank, path, beforeWriting);
        return;
    }
    if (beforeWriting)
        beforeWriting();
    writeFile(path, bytes);
}

} // namespace sb
