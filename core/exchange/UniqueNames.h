#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace sb {

// A list of names in first-seen order with case-insensitive duplicates left out. The set beside
// the list keeps a file with thousands of tags or phrasings linear.
class UniqueNames {
public:
    UniqueNames() = default;
    explicit UniqueNames(const QStringList& names) { add(names); }

    bool add(const QString& name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || m_folded.contains(trimmed.toCaseFolded()))
            return false;
        m_folded.insert(trimmed.toCaseFolded());
        m_names.append(trimmed);
        return true;
    }
    void add(const QStringList& names)
    {
        for (const QString& name : names)
            add(name);
    }
    const QStringList& names() const { return m_names; }

private:
    QStringList m_names;
    QSet<QString> m_folded;
};

} // namespace sb
