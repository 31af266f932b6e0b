#include "core/exchange/HtmlEntity.h"

#include <array>
#include <utility>

namespace sb {

namespace {

// The entities notes actually carry; the full HTML table is thousands of names no one types.
constexpr std::array<std::pair<const char*, char32_t>, 20> kNamed {
    {{"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'}, {"apos", U'\''},
        {"nbsp", U'\u00A0'}, {"ndash", U'\u2013'}, {"mdash", U'\u2014'}, {"hellip", U'\u2026'},
        {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'},
        {"copy", U'\u00A9'}, {"reg", U'\u00AE'}, {"trade", U'\u2122'}, {"middot", U'\u00B7'},
        {"bull", U'\u2022'}, {"euro", U'\u20AC'}, {"times", U'\u00D7'}}};

QString fromCodePoint(char32_t c)
{
    // NUL, surrogates and values past Unicode are what CommonMark replaces with U+FFFD.
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        c = 0xFFFD;
    return QString::fromUcs4(&c, 1);
}

} // namespace

QString HtmlEntity::decode(const QByteArray& entity)
{
    const QString asWritten = QString::fromUtf8(entity);
    if (entity.size() < 3 || !entity.startsWith('&') || !entity.endsWith(';'))
        return asWritten;
    const QByteArray body = entity.mid(1, entity.size() - 2);
    if (body.startsWith('#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body.at(1) == 'x' || body.at(1) == 'X');
        const qulonglong value = body.mid(hex ? 2 : 1).toULongLong(&ok, hex ? 16 : 10);
        if (!ok)
            return asWritten;
        return fromCodePoint(value > 0x10FFFF ? 0xFFFD : char32_t(value));
    }
    for (const auto& [name, c] : kNamed) {
        if (body == name)
            return fromCodePoint(c);
    }
    return asWritten;
}

} // namespace sb
