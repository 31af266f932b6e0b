#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

class Hunspell;

namespace sb::gui {

// Spelling through the system's Hunspell dictionaries, plus the user's own words. Loading a
// dictionary takes a moment, so the application shares one checker (shared()); tests build
// their own from Options. Without a dictionary it is unavailable and calls every word correct.
class SpellChecker : public QObject {
    Q_OBJECT

public:
    struct Options {
        // Folders holding NAME.aff / NAME.dic pairs, searched in order.
        QStringList dictionaryFolders;
        // The preferred dictionary, e.g. "en_GB"; en_US and then any other are the fallbacks.
        QString language;
        // One word a line, read at start and appended to by addToPersonalDictionary(); none
        // is kept when empty.
        QString personalDictionaryPath;
    };
    // The system's dictionary folders, the system locale and a file in the app's data folder.
    static Options systemOptions();

    // How the dictionary is read: at once, or on a worker thread so that a window using the
    // checker can show first (its underlines appear when dictionaryLoaded() is emitted).
    enum class Loading { Now, InBackground };

    explicit SpellChecker(
        const Options& options, Loading loading = Loading::Now, QObject* parent = nullptr);
    ~SpellChecker() override;

    // The application's checker (systemOptions()), made on first use, loaded in the background
    // and deleted with the application.
    static SpellChecker* shared();

    // Until a background load has finished, every word counts as correct.
    bool isAvailable() const { return m_hunspell != nullptr; }
    bool isLoading() const { return m_awaitingDictionary; }
    // The dictionary in use, e.g. "en_US"; empty when unavailable.
    QString dictionaryName() const { return m_dictionaryName; }

    bool isCorrect(const QString& word) const;
    bool isInPersonalDictionary(const QString& word) const { return m_personal.contains(word); }
    QStringList suggestions(const QString& word) const;
    // Accepts the word from now on, in this run and the next ones.
    void addToPersonalDictionary(const QString& word);

signals:
    void personalDictionaryChanged();
    // A background load has finished (whether or not it found a dictionary).
    void dictionaryLoaded();

private:
    // What reading a dictionary yields; made on any thread, adopted on the checker's.
    struct Dictionary {
        std::unique_ptr<Hunspell> hunspell;
        QString name;
        QByteArray encoding;
    };
    static std::shared_ptr<Dictionary> readDictionary(const Options& options);
    void adopt(Dictionary& dictionary);
    void loadPersonalDictionary();
    std::optional<std::string> encode(const QString& word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionaryName;
    QString m_personalPath;
    QSet<QString> m_personal;
    // Hunspell speaks the encoding its .aff file declares (SET), not necessarily UTF-8.
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
    QFutureWatcher<std::shared_ptr<Dictionary>> m_loading;
    bool m_awaitingDictionary = false;
};

} // namespace sb::gui
