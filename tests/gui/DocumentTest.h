#pragma once

#include "app/gui/BankDocument.h"
#include "tests/support/TempBank.h"

#include <memory>

namespace sb::test {

// A fresh temporary bank opened as the GUI opens one: a BankDocument with its undo stack.
class DocumentTest : public TempBankTest {
protected:
    void openDocument(bool starterCatalog)
    {
        document = std::make_unique<gui::BankDocument>(
            Bank::create(bankPath(), Bank::CreateOptions {starterCatalog}));
    }

    std::unique_ptr<gui::BankDocument> document;
};

} // namespace sb::test
