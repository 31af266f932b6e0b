#include "core/exchange/ImportSources.h"
#include "core/exchange/ImportError.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QFile>

namespace sb::test {
namespace {

class ImportSourcesTest : public TempBankTest {
protected:
    QString folder() const { return pathFor(QStringLiteral("notes")); }

    void writeNote(const QString& name, const QByteArray& bytes)
    {
        QDir().mkpath(folder());
        QFile file(QDir(folder()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
};

TEST_F(ImportSourcesTest, ManyNotesComeBackInPathOrder)
{
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("note-%1.md").arg(i, 2, 10, QLatin1Char('0'));
        writeNote(name, "# Story " + QByteArray::number(i) + "\n\nSituation: it happened.\n");
        names.append(name);
    }
    const QList<ImportDocument> documents = ImportSources::readAll({folder()});
    ASSERT_EQ(documents.size(), 40);
    for (int i = 0; i < 40; ++i) {
        EXPECT_TRUE(documents[i].source.endsWith(names[i])) << documents[i].source.toStdString();
        ASSERT_EQ(documents[i].stories.size(), 1);
        EXPECT_EQ(documents[i].stories.first().story.title, QStringLiteral("Story %1").arg(i));
    }
}

TEST_F(ImportSourcesTest, TheFirstRefusedNoteInPathOrderIsTheOneReported)
{
    for (int i = 0; i < 20; ++i)
        writeNote(QStringLiteral("good-%1.md").arg(i, 2, 10, QLatin1Char('0')), "# Fine\n");
    writeNote(QStringLiteral("bad-a.md"), QByteArray("binary\0here", 11));
    writeNote(QStringLiteral("bad-b.md"), QByteArray("also\0binary", 11));
    try {
        ImportSources::readAll({folder()});
        ADD_FAILURE() << "binary notes were read";
    } catch (const ImportError& error) {
        EXPECT_TRUE(error.source().endsWith(QLatin1String("bad-a.md")))
            << error.source().toStdString();
    }
}

} // namespace
} // namespace sb::test
