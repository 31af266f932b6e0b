#pragma once

#include <QSet>
#include <QString>

namespace sb {

// File names for exported stories, made from their titles: readable, safe on every file
// system, and distinct within one export.
class FileSlug {
public:
    static constexpr int kMaxLength = 60;

    // The title lower-cased, letters and digits kept, every run of anything else one "-",
    // no "-" at either end, at most kMaxLength characters; "story" when nothing is left.
    static QString of(const QString& title);

    // of(title), with "-2", "-3", … added when an earlier call already gave that name.
    QString take(const QString& title);

private:
    QSet<QString> m_taken;
};

} // namespace sb
