// The German translation as both programs load it, and the shipped .ts file it is made from.

#include "app/cli/CliApp.h"
#include "app/gui/MainWindow.h"
#include "app/i18n/AppTranslations.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/analysis/StoryCoach.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace sb::test {
namespace {

// One message of the .ts file: its source and every form of its translation.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;
    bool finished = true;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue;
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                TsMessage message {context, {}, {}};
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        message.source = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        // "unfinished", or "vanished"/"obsolete" for a message no longer used.
                        message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                        // Its text, or one <numerusform> per plural form.
                        QString text;
                        while (!xml.atEnd()
                            && !(xml.readNext() == QXmlStreamReader::EndElement
                                && xml.name() == u"translation")) {
                            if (xml.isCharacters())
                                text += xml.text();
                            else if (xml.isStartElement())
                                message.translations << xml.readElementText();
                        }
                        if (message.translations.isEmpty())
                            message.translations << text;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

// %1 … %99 and %n, sorted: a translation may reorder them but not lose or add one.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    std::sort(found.begin(), found.end());
    return found;
}

// "&File" has one; "&&" is a literal ampersand.
int accelerators(const QString& text)
{
    return int(text.count(QRegularExpression(QStringLiteral("&[^&\\s]"))))
        - int(text.count(QStringLiteral("&&")));
}

class TranslationTest : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        before = QCoreApplication::instance()->findChildren<QTranslator*>().size();
        installed = installTranslations(QLocale(QLocale::German, QLocale::Germany));
    }
    static void TearDownTestSuite()
    {
        // As they were: the translators the program object owns go with it.
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (qsizetype i = before; i < translators.size(); ++i) {
            QCoreApplication::removeTranslator(translators.at(i));
            delete translators.at(i);
        }
    }
    static inline qsizetype before = 0;
    static inline QString installed;
};

TEST_F(TranslationTest, GermanIsInstalledForAGermanLocale)
{
    EXPECT_EQ(installed, QStringLiteral("de"));
}

TEST_F(TranslationTest, EnglishAndTheCLocaleGetNone)
{
    EXPECT_EQ(installTranslations(QLocale::c()), QString());
    EXPECT_EQ(installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)), QString());

    // As scripts and tests run the programs: C.UTF-8 wins over LANGUAGE.
    const QByteArray lcAll = qgetenv("LC_ALL");
    const QByteArray language = qgetenv("LANGUAGE");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "de");
    EXPECT_EQ(installTranslations(), QString());
    qputenv("LC_ALL", lcAll);
    qputenv("LANGUAGE", language);
}

TEST_F(TranslationTest, TheEditorsMenusSpeakGerman)
{
    EXPECT_EQ(gui::MainWindow::tr("&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(gui::MainWindow::tr("&Edit"), QStringLiteral("&Bearbeiten"));
}

TEST_F(TranslationTest, CoreMessagesSpeakGerman)
{
    const QTemporaryDir folder;
    const QString missing = QDir(folder.path()).filePath(QStringLiteral("missing.storybank"));
    try {
        Bank::open(missing);
        FAIL() << "a missing bank opened";
    } catch (const BankError& error) {
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("Unter ")))
            << qPrintable(error.message());
        EXPECT_TRUE(error.message().endsWith(QStringLiteral("gibt es keine Sammlung.")))
            << qPrintable(error.message());
    }

    // The coach's rules share one context across files; an empty result is one of them.
    Story story;
    story.title = QStringLiteral("Migrated billing");
    story.action = QStringLiteral("I moved every invoice run to the new system.");
    QStringList messages;
    for (const CoachFinding& finding : StoryCoach().review(story, CoachContext {}))
        messages << finding.message;
    EXPECT_TRUE(messages.contains(QStringLiteral("Das Ergebnis ist leer.")))
        << qPrintable(messages.join(u'\n'));
}

TEST_F(TranslationTest, TheCommandLineSpeaksGerman)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    cli::CliApp cli(out, err);
    EXPECT_EQ(cli.run({QStringLiteral("storybank-cli"), QStringLiteral("frobnicate")}), 2);
    EXPECT_TRUE(errText.contains(QStringLiteral("unbekannter Befehl „frobnicate“.")))
        << qPrintable(errText);

    // The usage line replaces Qt's own, also where Qt's is in German.
    EXPECT_EQ(cli.run({QStringLiteral("storybank-cli"), QStringLiteral("backup"),
                  QStringLiteral("--help")}),
        0);
    EXPECT_TRUE(
        outText.startsWith(QStringLiteral("Aufruf: storybank-cli [--db PFAD] backup [-o DATEI]\n")))
        << qPrintable(outText);
}

TEST_F(TranslationTest, QtsOwnTextsFollowWhereTheSystemHasThem)
{
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(qtFolder).filePath(QStringLiteral("qtbase_de.qm"))))
        GTEST_SKIP() << "Qt's German translation is not installed (qt6-translations-l10n)";
    EXPECT_EQ(
        QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."),
        QStringLiteral("Zeigt Hilfe zu den Kommandozeilenoptionen an."));
}

TEST_F(TranslationTest, EveryMessageIsTranslatedWithItsPlaceholdersAndOneAccelerator)
{
    const QList<TsMessage> messages = readTs(QStringLiteral(STORYBANK_TS_DE));
    ASSERT_GT(messages.size(), 500);
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        EXPECT_TRUE(message.finished) << qPrintable(where);
        for (const QString& translation : message.translations) {
            EXPECT_FALSE(translation.isEmpty()) << qPrintable(where);
            EXPECT_EQ(placeholders(translation).join(u' ').toStdString(),
                placeholders(message.source).join(u' ').toStdString())
                << qPrintable(where + QStringLiteral(" → ") + translation);
            EXPECT_EQ(accelerators(translation), accelerators(message.source))
                << qPrintable(where + QStringLiteral(" → ") + translation);
            // Key sequences are parsed, not shown: they stay as written.
            if (message.source.startsWith(QStringLiteral("Ctrl+"))) {
                EXPECT_EQ(translation, message.source) << qPrintable(where);
            }
        }
    }
}

} // namespace
} // namespace sb::test
