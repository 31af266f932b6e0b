#include "app/gui/writing/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>
#include <QTextStream>

#include <hunspell.hxx>

namespace sb::gui {

namespace {

const QString kFallbackLanguage = QStringLiteral("en_US");

// The dictionary to load: the preferred language, then one of the same language ("de_AT"
// wanted, "de_DE" installed), then en_US, then whatever there is. Only names with both an
// .aff and a .dic count: hyphenation patterns are .dic files too.
QString chooseDictionary(const QStringList& folders, const QString& language)
{
    QStringList found; // "folder/NAME" without extension
    for (const QString& folder : folders) {
        const QDir dir(folder);
        const QStringList dics = dir.entryList({QStringLiteral("*.dic")}, QDir::Files, QDir::Name);
        for (const QString& dic : dics) {
            const QString base = dir.filePath(QFileInfo(dic).completeBaseName());
            if (QFileInfo::exists(base + QStringLiteral(".aff")))
                found.append(base);
        }
    }
    const auto named = [&found](const auto& matches) -> QString {
        for (const QString& base : std::as_const(found)) {
            if (matches(QFileInfo(base).fileName()))
                return base;
        }
        return {};
    };
    const QString languageOnly = language.section(u'_', 0, 0) + u'_';
    for (const QString& candidate : {
             named([&](const QString& name) { return name == language; }),
             named([&](const QString& name) {
                 return languageOnly.size() > 1 && name.startsWith(languageOnly);
             }),
             named([](const QString& name) { return name == kFallbackLanguage; }),
         }) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return found.value(0);
}

// Hunspell names some encodings its own way (SET microsoft-cp1251).
QByteArray codecName(const char* declared)
{
    QByteArray name(declared ? declared : "UTF-8");
    if (name.startsWith("microsoft-cp"))
        name.replace(0, int(qstrlen("microsoft-cp")), "windows-");
    return name;
}

} // namespace

SpellChecker::SpellChecker(const Options& options, QObject* parent)
    : QObject(parent), m_personalPath(options.personalDictionaryPath)
{
    const QString base = chooseDictionary(options.dictionaryFolders, options.language);
    if (!base.isEmpty() && load(base + QStringLiteral(".aff"), base + QStringLiteral(".dic")))
        m_dictionaryName = QFileInfo(base).fileName();
    loadPersonalDictionary();
}

SpellChecker::~SpellChecker() = default;

SpellChecker* SpellChecker::shared()
{
    static QPointer<SpellChecker> checker;
    if (!checker)
        checker = new SpellChecker(systemOptions(), QCoreApplication::instance());
    return checker;
}

SpellChecker::Options SpellChecker::systemOptions()
{
    Options options;
    options.dictionaryFolders = {QStringLiteral("/usr/share/hunspell"),
        QStringLiteral("/usr/share/myspell"), QStringLiteral("/usr/share/myspell/dicts")};
    options.language = QLocale::system().name();
    options.personalDictionaryPath =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/personal-dictionary.txt");
    return options;
}

bool SpellChecker::load(const QString& affPath, const QString& dicPath)
{
    auto hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());
    const QByteArray encoding = codecName(hunspell->get_dic_encoding());
    m_encoder = QStringEncoder(encoding.constData());
    m_decoder = QStringDecoder(encoding.constData());
    if (!m_encoder.isValid() || !m_decoder.isValid())
        return false; // an encoding Qt cannot convert: better no checking than wrong checking
    m_hunspell = std::move(hunspell);
    return true;
}

void SpellChecker::loadPersonalDictionary()
{
    QFile file(m_personalPath);
    if (m_personalPath.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return; // no personal words yet
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        const QString word = line.trimmed();
        if (word.isEmpty() || m_personal.contains(word))
            continue;
        m_personal.insert(word);
        if (const auto encoded = m_hunspell ? encode(word) : std::nullopt)
            m_hunspell->add(*encoded);
    }
}

std::optional<std::string> SpellChecker::encode(const QString& word) const
{
    m_encoder.resetState();
    const QByteArray bytes = m_encoder.encode(word);
    if (m_encoder.hasError())
        return std::nullopt; // letters the dictionary's encoding cannot even write
    return bytes.toStdString();
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell || word.isEmpty() || m_personal.contains(word))
        return true;
    const auto encoded = encode(word);
    // A word in another alphabet is not this dictionary's to judge.
    return !encoded || m_hunspell->spell(*encoded);
}

QStringList SpellChecker::suggestions(const QString& word) const
{
    QStringList result;
    const auto encoded = m_hunspell ? encode(word) : std::nullopt;
    if (!encoded)
        return result;
    for (const std::string& suggestion : m_hunspell->suggest(*encoded)) {
        m_decoder.resetState();
        result.append(
            m_decoder.decode(QByteArrayView(suggestion.data(), qsizetype(suggestion.size()))));
    }
    return result;
}

void SpellChecker::addToPersonalDictionary(const QString& word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_personal.contains(clean))
        return;
    m_personal.insert(clean);
    if (const auto encoded = m_hunspell ? encode(clean) : std::nullopt)
        m_hunspell->add(*encoded);
    if (!m_personalPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
        QFile file(m_personalPath);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(clean.toUtf8() + '\n');
        else
            qWarning("Cannot save the personal dictionary: %s", qPrintable(file.errorString()));
    }
    emit personalDictionaryChanged();
}

} // namespace sb::gui
