#pragma once

#include "core/Bank.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace sb::test {

// A fresh temporary folder per test; bank() is an empty bank created in it on first use.
class TempBankTest : public ::testing::Test {
public:
    QString pathFor(const QString& fileName) const { return m_dir.filePath(fileName); }
    static QByteArray readAll(const QString& path);
    static void writeAll(const QString& path, const QByteArray& bytes);

protected:
    QString bankPath() const { return pathFor(QStringLiteral("test.storybank")); }
    Bank& bank();
    // A new bank with the starter catalog, at its own path.
    std::unique_ptr<Bank> catalogBank();
    // Closes bank() (for tests that reopen or damage the file).
    void closeBank() { m_bank.reset(); }

    QTemporaryDir m_dir;

private:
    std::unique_ptr<Bank> m_bank;
};

// A story with every field set to something distinctive.
Story sampleStory(const QString& title = QStringLiteral("Turned around a failing launch"));

} // namespace sb::test
