#include "app/gui/BankHealthCheck.h"

#include "core/Bank.h"
#include "core/BankError.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sb::gui {

BankHealthCheck::BankHealthCheck(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_watcher.result();
        if (!problem.isEmpty())
            emit damaged(problem);
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
    m_watcher.setFuture(QtConcurrent::run([path = m_path]() -> QString {
        try {
            Bank::verify(path);
            return {};
        } catch (const BankError& error) {
            return error.message();
        }
    }));
}

} // namespace sb::gui
