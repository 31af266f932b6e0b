#pragma once

namespace sb {

// How much a bank holds.
struct BankStats {
    int categories = 0;
    int questions = 0;
    int stories = 0;
    int tags = 0;
    int links = 0; // story ↔ question
    int interviews = 0;
    int journalEntries = 0;
    int practiceRecords = 0;
    int schemaVersion = 0;
};

} // namespace sb
