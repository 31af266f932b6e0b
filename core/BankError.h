#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace sb {

// Why a bank operation failed, worded so a front end can show message() to the user as it is.
class BankError : public std::exception {
public:
    enum class Code {
        NoSuchFile, // the bank file does not exist
        FileExists, // refusing to create over an existing file
        EmptyFile,
        NotSqlite, // not a database at all (a picture, a text file, random bytes)
        Truncated,
        ForeignFile, // an SQLite database of another program
        NewerSchema,
        Damaged, // fails SQLite's quick_check, or SQLite reports corruption
        ReadOnly,
        Busy, // another program holds the bank
        DiskFull,
        Io,
        InvalidValue, // a value the data model does not allow (empty name, rating 9, …)
        Duplicate, // a unique name that is already taken
        NoSuchItem, // an id that names no row
        Internal, // a failure that is our bug, not the user's doing
    };

    BankError(Code code, QString message);

    Code code() const noexcept { return m_code; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Code m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace sb
