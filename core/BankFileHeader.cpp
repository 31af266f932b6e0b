#include "core/BankFileHeader.h"

#include "core/BankError.h"
#include "core/BankFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace sb {

namespace {

constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes in all
constexpr qsizetype kMagicSize = 16;
constexpr qsizetype kHeaderSize = 100;

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::BankFileHeader)
};

uint32_t be32(const char* data, int offset)
{
    return qFromBigEndian<uint32_t>(data + offset);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool hasPendingWal(const QString& path, const BankFileHeader& header)
{
    // A stray log beside a file in rollback mode is not read by SQLite; only WAL mode counts.
    return header.walMode && QFileInfo(path + QLatin1String("-wal")).size() > 0;
}

BankFileHeader BankFileHeader::read(const QString& path)
{
    using Code = BankError::Code;
    const QFileInfo info(path);
    if (!info.exists())
        throw BankError(Code::NoSuchFile, Text::tr("There is no bank at %1.").arg(shown(path)));
    if (info.isDir())
        throw BankError(
            Code::NotSqlite, Text::tr("%1 is a folder, not a StoryBank bank.").arg(shown(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BankError(
            Code::Io, Text::tr("%1 could not be read: %2").arg(shown(path), file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(kHeaderSize);
    if (size == 0)
        throw BankError(Code::EmptyFile,
            Text::tr("%1 is empty (0 bytes), so it is not a StoryBank bank. It may have "
                     "been cut off while it was copied; use a backup copy.")
                .arg(shown(path)));

    const QByteArray magic(kMagic, kMagicSize);
    const bool startsLikeSqlite = magic.startsWith(head.left(kMagicSize));
    if (!startsLikeSqlite || (head.size() >= kMagicSize && !head.startsWith(magic)))
        throw BankError(Code::NotSqlite,
            Text::tr("%1 is not a StoryBank bank: it is not a database file.").arg(shown(path)));

    const auto truncated = [&] {
        return BankError(Code::Truncated,
            Text::tr("%1 is cut short (%2 bytes): the file was truncated, perhaps by an "
                     "interrupted copy or a full disk. Use a backup copy.")
                .arg(shown(path))
                .arg(size));
    };
    if (head.size() < kHeaderSize)
        throw truncated();

    BankFileHeader header;
    const uint32_t rawPageSize = qFromBigEndian<uint16_t>(head.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = header.pageSize >= 512 && header.pageSize <= 65536
        && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!powerOfTwo)
        throw BankError(Code::Damaged,
            Text::tr("%1 is damaged: its header is not valid. Use a backup copy.")
                .arg(shown(path)));
    if (size % header.pageSize != 0)
        throw truncated();

    // The page count in the header is only current when "version-valid-for" matches the
    // change counter (SQLite file format, section 1.3.7).
    if (be32(head.constData(), 92) == be32(head.constData(), 24))
        header.pageCount = be32(head.constData(), 28);
    header.walMode = head.at(18) == 2 && head.at(19) == 2;
    if (header.pageCount > 0 && !hasPendingWal(path, header)
        && qint64(header.pageCount) * header.pageSize > size)
        throw truncated();

    header.userVersion = be32(head.constData(), 60);
    header.applicationId = be32(head.constData(), 68);
    return header;
}

void BankFileHeader::requireBank(const QString& path, int latestSchemaVersion) const
{
    using Code = BankError::Code;
    if (applicationId != kBankApplicationId)
        throw BankError(Code::ForeignFile,
            Text::tr("%1 is a database of another program, not a StoryBank bank.")
                .arg(shown(path)));
    if (userVersion > uint32_t(latestSchemaVersion))
        throw BankError(Code::NewerSchema,
            Text::tr("%1 was made by a newer version of StoryBank (bank format %2; this "
                     "version reads up to %3). Update StoryBank to open it.")
                .arg(shown(path))
                .arg(userVersion)
                .arg(latestSchemaVersion));
}

} // namespace sb
