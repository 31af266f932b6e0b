#pragma once

namespace sb {

class Database;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was reached,
// so an exception anywhere in a write leaves the bank exactly as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace sb
