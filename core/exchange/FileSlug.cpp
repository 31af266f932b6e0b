#include "core/exchange/FileSlug.h"

namespace sb {

QString FileSlug::of(const QString& title)
{
    // Code points rather than UTF-16 units, so no surrogate pair is cut in half or taken for
    // punctuation.
    const QList<uint> codePoints = title.normalized(QString::NormalizationForm_C).toUcs4();
    QList<uint> kept;
    bool pendingDash = false;
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c))) {
            if (pendingDash && !kept.isEmpty())
                kept.append(u'-');
            pendingDash = false;
            kept.append(QChar::toLower(char32_t(c)));
        } else {
            pendingDash = true;
        }
        if (kept.size() >= kMaxLength)
            break;
    }
    kept.resize(qMin<qsizetype>(kept.size(), kMaxLength));
    while (!kept.isEmpty() && kept.constLast() == u'-')
        kept.removeLast();
    if (kept.isEmpty())
        return QStringLiteral("story");
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size());
}

QString FileSlug::take(const QString& title)
{
    const QString base = of(title);
    QString slug = base;
    for (int n = 2; m_taken.contains(slug); ++n)
        slug = base + u'-' + QString::number(n);
    m_taken.insert(slug);
    return slug;
}

} // namespace sb
