#include "tests/bench/support/KeystrokeSampler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace sb::bench {

namespace {

// A key as a keyboard sends it: Qt's key codes for Latin-1 are the upper-case characters.
void typeCharacter(QLineEdit* box, QChar character)
{
    const int key = character.toUpper().unicode();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(character));
    QApplication::sendEvent(box, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(character));
    QApplication::sendEvent(box, &release);
}

double timed(const std::function<void()>& key)
{
    QElapsedTimer timer;
    timer.start();
    key();
    QApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QList<double> KeystrokeSampler::type(QLineEdit* box, const QStringList& queries)
{
    QList<double> samples;
    for (const QString& query : queries) {
        for (const QChar character : query)
            samples.append(timed([&] { typeCharacter(box, character); }));
        samples.append(timed([&] {
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(box, Qt::Key_Backspace);
        }));
    }
    return samples;
}

double KeystrokeSampler::percentile(QList<double> milliseconds, double fraction)
{
    if (milliseconds.isEmpty())
        return 0;
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = qsizetype(std::ceil(fraction * double(milliseconds.size()))) - 1;
    return milliseconds.at(std::clamp<qsizetype>(at, 0, milliseconds.size() - 1));
}

} // namespace sb::bench
