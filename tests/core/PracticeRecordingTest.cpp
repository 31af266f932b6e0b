#include "core/BankError.h"
#include "core/BankLocation.h"
#include "core/OwnerOnlyFiles.h"
#include "core/exchange/ImportError.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonImporter.h"
#include "tests/core/RawSqlite.h"
#include "tests/support/TempBank.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::test {
namespace {

// A practice record names the recording of the answer: a file in the bank's recordings folder.
class PracticeRecordingTest : public TempBankTest {
protected:
    StoryId story()
    {
        if (!m_story.isValid())
            m_story = bank().addStory(sampleStory());
        return m_story;
    }
    PracticeRecord log(const QString& recording, int day = 1)
    {
        return bank().logPractice({story(), QuestionId()}, Recall::Good, 95,
            QDateTime(QDate(2026, 12, day), QTime(10, 31, 5)), recording);
    }
    QJsonArray exportedPractice()
    {
        const QJsonObject top = QJsonDocument::fromJson(JsonExporter::write(bank())).object();
        return top.value(u"practice").toArray();
    }
    std::unique_ptr<Bank> importedInto(const QByteArray& json)
    {
        auto other =
            Bank::create(pathFor(QStringLiteral("other.storybank")), Bank::CreateOptions {false});
        other->importDocuments({JsonImporter::parse(json, QStringLiteral("bank.json"))});
        return other;
    }

private:
    StoryId m_story;
};

TEST_F(PracticeRecordingTest, LoggedPracticeKeepsTheNameOfItsRecording)
{
    const QString name = QStringLiteral("practice-2026-12-01T10-31-05.ogg");
    const PracticeRecord recorded = log(name);
    const PracticeRecord silent = log(QString(), 2);

    EXPECT_EQ(recorded.recording, name);
    EXPECT_EQ(bank().practiceRecord(recorded.id)->recording, name);
    EXPECT_EQ(bank().practiceRecords().first().recording, name);
    EXPECT_EQ(bank().practiceRecord(silent.id)->recording, QString());
    EXPECT_EQ(bank().lastPractice({story(), QuestionId()}), silent);
    closeBank();
    // Not recorded is NULL in the file, not an empty name.
    EXPECT_EQ(
        rawScalar(bankPath(), "SELECT count(*) FROM practice_record WHERE recording IS NULL"), 1);
}

TEST_F(PracticeRecordingTest, UpdatingARecordCanAddOrClearItsRecording)
{
    PracticeRecord record = log(QString());
    record.recording = QStringLiteral("later.ogg");
    bank().updatePracticeRecord(record);
    EXPECT_EQ(bank().practiceRecord(record.id)->recording, QStringLiteral("later.ogg"));
    record.recording.clear();
    bank().updatePracticeRecord(record);
    EXPECT_EQ(bank().practiceRecord(record.id)->recording, QString());
}

// Only a name in the recordings folder: a path could point playing at any file of the user's.
TEST_F(PracticeRecordingTest, ARecordingThatIsAPathIsRefusedAndNothingIsWritten)
{
    for (const char* path :
        {"../secret.ogg", "sub/answer.ogg", "/home/ann/.ssh/id_rsa", "..\\answer.ogg", "..", "."}) {
        EXPECT_THROW(log(QString::fromLatin1(path)), BankError) << path;
    }
    EXPECT_TRUE(bank().practiceRecords().isEmpty());
}

TEST_F(PracticeRecordingTest, JsonExportWritesTheNameOrNullAndImportKeepsIt)
{
    log(QStringLiteral("practice-2026-12-01T10-31-05.ogg"));
    log(QString(), 2);

    const QJsonArray practice = exportedPractice();
    ASSERT_EQ(practice.size(), 2);
    EXPECT_EQ(practice.at(0).toObject().value(u"recording").toString(),
        QStringLiteral("practice-2026-12-01T10-31-05.ogg"));
    ASSERT_TRUE(practice.at(1).toObject().contains(u"recording"));
    EXPECT_TRUE(practice.at(1).toObject().value(u"recording").isNull());

    const auto other = importedInto(JsonExporter::write(bank()));
    const QList<PracticeRecord> imported = other->practiceRecords();
    ASSERT_EQ(imported.size(), 2);
    EXPECT_EQ(imported.at(0).recording, QStringLiteral("practice-2026-12-01T10-31-05.ogg"));
    EXPECT_EQ(imported.at(1).recording, QString());
}

TEST_F(PracticeRecordingTest, AFileFromBeforeRecordingsImportsWithNone)
{
    log(QString());
    QJsonObject top = QJsonDocument::fromJson(JsonExporter::write(bank())).object();
    QJsonArray practice = top.value(u"practice").toArray();
    QJsonObject record = practice.at(0).toObject();
    record.remove(u"recording");
    practice.replace(0, record);
    top.insert(u"practice", practice);

    const auto other = importedInto(QJsonDocument(top).toJson());
    ASSERT_EQ(other->practiceRecords().size(), 1);
    EXPECT_EQ(other->practiceRecords().first().recording, QString());
}

TEST_F(PracticeRecordingTest, AnImportedRecordingThatIsAPathRefusesTheImport)
{
    log(QStringLiteral("answer.ogg"));
    const QByteArray json =
        JsonExporter::write(bank()).replace("\"answer.ogg\"", "\"../../answer.ogg\"");
    try {
        importedInto(json);
        FAIL() << "a recording outside the recordings folder was imported";
    } catch (const ImportError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("../../answer.ogg")))
            << error.message().toStdString();
    }
}

TEST_F(PracticeRecordingTest, TheRecordingsFolderIsBesideTheBankAndNamedAfterIt)
{
    EXPECT_EQ(recordingsFolderFor(QStringLiteral("/home/ann/Interview prep.storybank")),
        QStringLiteral("/home/ann/Interview prep recordings"));
    EXPECT_EQ(recordingsFolderFor(QStringLiteral("/home/ann/Old.STORYBANK")),
        QStringLiteral("/home/ann/Old recordings"));
    EXPECT_EQ(recordingsFolderFor(QStringLiteral("/home/ann/bank.db")),
        QStringLiteral("/home/ann/bank.db recordings"));
    EXPECT_EQ(bank().recordingsFolder(), m_dir.filePath(QStringLiteral("test recordings")));
    // Made when something is first recorded, not by opening the bank.
    EXPECT_FALSE(QFileInfo::exists(bank().recordingsFolder()));
}

TEST_F(PracticeRecordingTest, TheFolderAndItsFilesAreTheOwnersAlone)
{
    const QString folder = bank().recordingsFolder();
    ASSERT_TRUE(owneronly::makeFolder(folder));
    EXPECT_EQ(QFileInfo(folder).permissions()
            & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_TRUE(owneronly::makeFolder(folder)) << "a folder already there is fine";

    const QString file = QDir(folder).filePath(QStringLiteral("answer.ogg"));
    ASSERT_TRUE(owneronly::createFile(file));
    EXPECT_EQ(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        owneronly::kPermissions);
    EXPECT_FALSE(owneronly::createFile(file)) << "an existing recording is never replaced";
}

} // namespace
} // namespace sb::test
