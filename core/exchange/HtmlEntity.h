#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// md4c leaves HTML entities ("&amp;", "&#8217;") to its caller; notes copied from web pages
// are full of them.
class HtmlEntity {
public:
    // entity includes "&" and ";". Unknown names come back as written.
    static QString decode(const QByteArray& entity);
};

} // namespace sb
