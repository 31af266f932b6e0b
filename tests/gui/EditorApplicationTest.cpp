#include "app/gui/EditorApplication.h"
#include "core/BankError.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStringList>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

// An object whose event handler meets a damaged page, as a view reading the bank might.
class ReadsADamagedPage : public QObject {
protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::User)
            throw BankError(BankError::Code::Damaged, QStringLiteral("The bank file is damaged."));
        return QObject::event(event);
    }
};

TEST(EditorApplicationTest, ABankErrorInAnEventHandlerReachesTheErrorHandlerInsteadOfTerminate)
{
    auto* app = dynamic_cast<gui::EditorApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    QStringList reported;
    app->setErrorHandler([&reported](const QString& message) { reported.append(message); });
    ReadsADamagedPage reader;
    QEvent event(QEvent::User);
    EXPECT_FALSE(QCoreApplication::sendEvent(&reader, &event));
    EXPECT_TRUE(reported.isEmpty()); // not from inside the failing handler
    QCoreApplication::processEvents();
    app->setErrorHandler({});
    EXPECT_EQ(reported, QStringList {QStringLiteral("The bank file is damaged.")});
}

} // namespace
} // namespace sb::test
