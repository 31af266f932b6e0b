#include "app/gui/writing/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

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

SpellChecker::SpellChecker(const Options& options, Loading loading, QObject* parent)
    : QObject(parent), m_personalPath(options.personalDictionaryPath)
{
    loadPersonalDictionary();
    if (loading == Loading::Now) {
        if (const auto dictionary = readDictionary(options))
            adopt(*dictionary);
        return;
    }
    m_awaitingDictionary = true;
    connect(&m_loading, &QFutureWatcherBase::finished, this, [this] {
        if (const auto dictionary = m_loading.result())
            adopt(*dictionary);
        m_awaitingDictionary = false;
        emit dictionaryLoaded();
    });
    // Hunspell builds its word tables in tens of milliseconds: not on the way to a first frame.
    m_loading.setFuture(QtConcurrent::run(&SpellChecker::readDictionary, options));
}

SpellChecker::~SpellChecker()
{
    // The worker owns nothing of ours, but the application must not end while it runs.
    m_loading.waitForFinished();
}

SpellChecker* SpellChecker::shared()
{
    static QPointer<SpellChecker> checker;
    if (!checker)
        checker =
            new SpellChecker(systemOptions(), Loading::InBackground, QCoreApplication::instance());
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

std::shared_ptr<SpellChecker::Dictionary> SpellChecker::readDictionary(const Options& options)
{
    const QString base = chooseDictionary(options.dictionaryFolders, options.language);
    if (base.isEmpty())
        return nullptr;
    auto dictionary = std::make_shared<Dictionary>();
    dictionary->hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
            QFile::encodeName(base + QStringLiteral(".dic")).constData());
    dictionary->name = QFileInfo(base).fileName();
    dictionary->encoding = codecName(dictionary->hunspell->get_dic_encoding());
    return dictionary;
}

void SpellChecker::adopt(Dictionary& dictionary)
{
    m_encoder = QStringEncoder(dictionary.encoding.constData());
    m_decoder = QStringDecoder(dictionary.encoding.constData());
    if (!m_encoder.isValid() || !m_decoder.isValid())
        return; // an encoding Qt cannot convert: better no checking than wrong checking
    m_hunspell = std::move(dictionary.hunspell);
    m_dictionaryName = dictionary.name;
    // The user's words, read at start or added while the dictionary loaded.
    for (const QString& word : std::as_const(m_personal)) {
        if (const auto encoded = encode(word))
            m_hunspell->add(*encoded);
    }
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
