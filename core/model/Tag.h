#pragma once

#include "core/model/Id.h"

#include <QString>

namespace sb {

// A free label on stories: a skill, a company, a competency.
struct Tag {
    TagId id;
    QString name; // unique, compared case-insensitively
    QString colour; // "#rrggbb" or empty

    friend bool operator==(const Tag&, const Tag&) = default;
};

} // namespace sb
