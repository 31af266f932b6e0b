#pragma once

#include "core/model/Id.h"

#include <QString>

namespace sb {

// A theme interviewers ask about (conflict, failure, leadership, …).
struct Category {
    CategoryId id;
    QString name; // unique, compared case-insensitively
    QString description;
    QString colour; // "#rrggbb" or empty
    int position = 0; // order in lists; ties sorted by name

    friend bool operator==(const Category&, const Category&) = default;
};

} // namespace sb
