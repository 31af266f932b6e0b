#include "tests/bench/support/FixtureBuilder.h"

#include "core/Bank.h"
#include "core/exchange/MarkdownExporter.h"
#include "tests/bench/support/SyntheticBank.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace sb::bench {

namespace {

// Bumped whenever the generator changes, so a cached bank of an older shape is made again.
constexpr int kGeneratorVersion = 2;

QString stamp(const SyntheticBankShape& shape)
{
    return QStringLiteral("v%1 stories=%2 questions=%3 tags=%4 categories=%5 links=%6 seed=%7")
        .arg(kGeneratorVersion)
        .arg(shape.stories)
        .arg(shape.questions)
        .arg(shape.tags)
        .arg(shape.categories)
        .arg(shape.linksPerStory)
        .arg(shape.seed);
}

bool stampMatches(const QString& stampPath, const QString& expected)
{
    QFile file(stampPath);
    return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()) == expected;
}

void writeStamp(const QString& stampPath, const QString& text)
{
    QSaveFile file(stampPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        throw std::runtime_error("cannot write " + stampPath.toStdString());
}

void say(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

qint64 folderBytes(const QString& folder)
{
    qint64 bytes = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

} // namespace

QString FixtureBuilder::bank(
    const QString& workDir, const QString& name, const SyntheticBankShape& shape)
{
    const QString path = QDir(workDir).filePath(name + QStringLiteral(".storybank"));
    const QString stampPath = path + QStringLiteral(".stamp");
    if (QFile::exists(path) && stampMatches(stampPath, stamp(shape)))
        return path;
    QFile::remove(path);
    QElapsedTimer timer;
    timer.start();
    SyntheticBank::write(path, shape);
    writeStamp(stampPath, stamp(shape));
    say(QStringLiteral("generated %1 (%2 stories, %3 questions) in %4 s")
            .arg(name)
            .arg(shape.stories)
            .arg(shape.questions)
            .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return path;
}

// A folder as StoryBank's Markdown export writes it (index.md and a file per story): notes
// the importer reads in full, of about targetBytes.
QString FixtureBuilder::notes(const QString& workDir, qint64 targetBytes, qint64* bytes)
{
    // About 8.3 kB of Markdown per generated story.
    const SyntheticBankShape shape =
        SyntheticBankShape::withStories(int(targetBytes / 8300) + 1, /*seed=*/3);
    const QString folder = QDir(workDir).filePath(QStringLiteral("notes-%1").arg(targetBytes));
    const QString stampPath = folder + QStringLiteral(".stamp");
    if (QFileInfo(folder).isDir() && stampMatches(stampPath, stamp(shape))) {
        *bytes = folderBytes(folder);
        return folder;
    }
    QDir(folder).removeRecursively();
    const QString source = bank(workDir, QStringLiteral("notes-source"), shape);
    const auto sourceBank = Bank::open(source);
    const QMap<QString, QByteArray> files = MarkdownExporter::writeFolder(*sourceBank);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(folder).filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            throw std::runtime_error("cannot write " + path.toStdString());
    }
    writeStamp(stampPath, stamp(shape));
    *bytes = folderBytes(folder);
    return folder;
}

BenchFixture FixtureBuilder::build(bool smoke, const QString& workDir, const QString& probeDir)
{
    QDir().mkpath(workDir);
    BenchFixture fixture;
    fixture.smoke = smoke;
    fixture.workDir = QDir(workDir).absolutePath();
    fixture.probeDir = probeDir;
    const int scale = smoke ? 10 : 1;
    fixture.bigBankStories = 10000 / scale;
    fixture.bigBank = bank(fixture.workDir, QStringLiteral("big-%1").arg(fixture.bigBankStories),
        SyntheticBankShape::withStories(fixture.bigBankStories));
    SyntheticBankShape coverage = SyntheticBankShape::withStories(2000 / scale, 2);
    coverage.questions = 5000 / scale;
    fixture.coverageStories = coverage.stories;
    fixture.coverageQuestions = coverage.questions;
    fixture.coverageBank =
        bank(fixture.workDir, QStringLiteral("coverage-%1").arg(coverage.stories), coverage);
    // A third of generated stories are ready: 150 make the 50 a sheet is composed from.
    fixture.sheetBank =
        bank(fixture.workDir, QStringLiteral("sheet"), SyntheticBankShape::withStories(150, 4));
    fixture.notesFolder = notes(fixture.workDir, 10'000'000 / scale, &fixture.notesBytes);
    return fixture;
}

} // namespace sb::bench
