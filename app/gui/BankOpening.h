#pragma once

#include "core/Bank.h"

#include <memory>

namespace sb::gui {

// The bank at path, created with the starter catalog when there is no file yet; a first-run
// bank (withExample) also gets the example story. Throws BankError for a file it refuses.
// An existing bank is opened without reading every page: the caller runs a BankHealthCheck.
std::unique_ptr<Bank> openOrCreateBank(const QString& path, bool withExample);

} // namespace sb::gui
