#pragma once

#include <QString>

class QLocale;

namespace sb {

// Makes StoryBank speak the user's language: installs its own translation for the first of the
// locale's languages that has one, and Qt's (standard buttons and dialogs, command-line help) in
// the same language. Call once the application object exists, before any window or help text is
// made. Returns the language installed ("de"), or an empty string when StoryBank stays in
// English: the language it is written in, also under the C locale and in a build without
// translations.
QString installTranslations(const QLocale& locale);
// The same for the language the environment asks for. LC_ALL=C or C.UTF-8 (as scripts and tests
// run) means untranslated whatever LANGUAGE says, as for gettext programs; QLocale alone would
// let LANGUAGE win over C.UTF-8.
QString installTranslations();

} // namespace sb
