#include "tests/support/TempBank.h"

#include <QFile>

namespace sb::test {

Bank& TempBankTest::bank()
{
    if (!m_bank)
        m_bank = Bank::create(bankPath(), Bank::CreateOptions {false});
    return *m_bank;
}

std::unique_ptr<Bank> TempBankTest::catalogBank()
{
    return Bank::create(pathFor(QStringLiteral("catalog.storybank")));
}

QByteArray TempBankTest::readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TempBankTest::writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

Story sampleStory(const QString& title)
{
    Story s;
    s.title = title;
    s.summary = QStringLiteral("Saved a slipping release by re-planning with the team");
    s.method = StoryMethod::StarL;
    s.situation = QStringLiteral("Our mobile release was three weeks late.");
    s.task = QStringLiteral("As tech lead I had to get it out before the trade show.");
    s.action = QStringLiteral("I cut scope with product and paired on the riskiest module.");
    s.result = QStringLiteral("We shipped two days early; crash rate fell 40%.");
    s.learning = QStringLiteral("Cut scope early, not late.");
    s.cues = {QStringLiteral("3 weeks late"), QStringLiteral("cut scope"),
        QStringLiteral("40% fewer crashes")};
    s.role = QStringLiteral("Tech lead");
    s.organization = QStringLiteral("Acme Mobile");
    s.period = QStringLiteral("Spring 2023");
    s.status = StoryStatus::Ready;
    s.impact = 4;
    s.complexity = 3;
    s.involvement = 5;
    s.confidence = 2;
    return s;
}

} // namespace sb::test
