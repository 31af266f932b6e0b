// BankExport's beforeWriting hook: it runs once everything is made and before anything reaches
// the disk, so a caller that stops there (a cancelled export) leaves no file and no folder.

#include "core/exchange/BankExport.h"

#include "tests/support/TempBank.h"

#include <QDir>
#include <QFileInfo>

namespace sb::test {
namespace {

struct Stop { };

class BankExportTest : public TempBankTest {
protected:
    void SetUp() override { bank().addStory(sampleStory()); }

    static QString target(ExportFormat format)
    {
        switch (format) {
        case ExportFormat::Json:
            return QStringLiteral("out.json");
        case ExportFormat::Markdown:
            return QStringLiteral("out.md");
        case ExportFormat::MarkdownFolder:
            return QStringLiteral("out");
        }
        return {};
    }
};

TEST_F(BankExportTest, StoppingBeforeWritingLeavesNothingOnDisk)
{
    for (const ExportFormat format :
        {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::MarkdownFolder}) {
        const QString path = pathFor(target(format));
        EXPECT_THROW(BankExport::write(bank(), format, path, [] { throw Stop {}; }), Stop);
        EXPECT_FALSE(QFileInfo::exists(path)) << path.toStdString();
        // Nor a save file's leftover beside it.
        EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("out*")}), QStringList());
    }
}

TEST_F(BankExportTest, TheHookRunsOnceBeforeTheFirstByteIsWritten)
{
    for (const ExportFormat format :
        {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::MarkdownFolder}) {
        const QString path = pathFor(target(format));
        int calls = 0;
        bool existedDuringHook = true;
        BankExport::write(bank(), format, path, [&] {
            ++calls;
            existedDuringHook = QFileInfo::exists(path);
        });
        EXPECT_EQ(calls, 1);
        EXPECT_FALSE(existedDuringHook);
        EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    }
}

} // namespace
} // namespace sb::test
