#pragma once

#include "core/model/Category.h"
#include "core/model/Question.h"

#include <QList>
#include <QStringList>

namespace sb {

// The categories and common questions every new bank starts with, read from the catalog
// compiled in from resources/catalog/starter-catalog.json.
struct StarterCatalog {
    struct Entry {
        Question question; // categories left empty: they are named in categoryNames
        QStringList categoryNames;
    };

    QList<Category> categories;
    QList<Entry> questions;

    // Throws BankError(Internal) when the compiled-in catalog is unreadable: a build fault.
    static StarterCatalog load();
};

} // namespace sb
