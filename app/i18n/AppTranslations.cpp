#include "app/i18n/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sb {

namespace {

// Where app/i18n/CMakeLists.txt compiles in the .qm files, so no install path is needed.
constexpr char kOwnFolder[] = ":/storybank/i18n";

bool install(const QLocale& language, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(language, name, QStringLiteral("_"), folder))
        return false;
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace

QString installTranslations(const QLocale& locale)
{
    // The C locale (LC_ALL=C, as scripts and tests run) means untranslated, as for gettext
    // programs, whatever LANGUAGE says.
    if (locale.language() == QLocale::C)
        return {};
    for (const QString& name : locale.uiLanguages()) {
        const QLocale language(name);
        // Someone who puts English before a language we have a translation for gets English.
        if (language.language() == QLocale::English)
            return {};
        if (!install(language, QStringLiteral("storybank"), QLatin1String(kOwnFolder)))
            continue;
        // Qt's own texts in the same language, where the system has them (Debian:
        // qt6-translations-l10n); without them only Qt's standard buttons stay in English.
        install(
            language, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return QLocale::languageToCode(language.language());
    }
    return {};
}

QString installTranslations()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        if (value == u"C" || value == u"POSIX" || value.startsWith(u"C."))
            return {};
        break;
    }
    return installTranslations(QLocale());
}

} // namespace sb
