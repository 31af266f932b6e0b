#include "app/gui/BankHealthCheck.h"

#include "core/Bank.h"
#include "core/BankError.h"
#include "core/backup/BankBackups.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sb::gui {

BankHealthCheck::BankHealthCheck(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (!outcome.damage.isEmpty())
            emit damaged(outcome.damage);
        if (!outcome.backupFailure.isEmpty())
            emit backupFailed(outcome.backupFailure);
        emit finished();
    });
}

BankHealthCheck::~BankHealthCheck()
{
    // The check cannot be interrupted; it is short, and must not outlive its watcher.
    m_watcher.waitForFinished();
}

void BankHealthCheck::start()
{
    m_watcher.setFuture(QtConcurrent::run([path = m_path, today = today]() -> Outcome {
        try {
            Bank::verify(path);
        } catch (const BankError& error) {
            return {error.message(), {}};
        }
        try {
            BankBackups(path).takeDue(today);
        } catch (const BankError& error) {
            return {{}, error.message()};
        }
        return {};
    }));
}

} // namespace sb::gui
