#include "core/backup/BankBackups.h"
#include "tests/support/TempBank.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace sb::test {
namespace {

constexpr int kTimeoutMs = 60'000;
// How long the editor keeps running after its first backup: the spell-check dictionary and the
// rest of the start-up work on other threads get their turn too.
constexpr int kEditorRunsMs = 3'000;

// Guarantee 11: StoryBank makes no network connection. The real programs run with
// NoNetworkShim preloaded, which writes a line to a log for every socket, connect or name lookup
// that could reach another machine; the log must stay empty. Local sockets (X11, D-Bus) and
// netlink (interface lists, udev) pass unreported.
class NoNetworkTest : public TempBankTest {
protected:
    void SetUp() override { writeAll(logPath(), {}); }

    QString logPath() const { return pathFor(QStringLiteral("sockets.log")); }
    std::string log() const { return readAll(logPath()).toStdString(); }
    // Whether the shim ran in program: without it an empty log proves nothing.
    bool watched(const char* program) const
    {
        const QByteArray loaded = readAll(pathFor(QStringLiteral("loaded.log")));
        return loaded.contains(QByteArray(program).append(": loaded\n"));
    }

    // This process's environment with the shim preloaded and every folder a program may write
    // to (settings, recent banks, caches) inside the test's temporary folder.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QDir home(pathFor(QStringLiteral("home")));
        home.mkpath(QStringLiteral("."));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        environment.insert(
            QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        environment.insert(
            QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(STORYBANK_NO_NETWORK_SHIM));
        environment.insert(QStringLiteral("STORYBANK_SOCKET_LOG"), logPath());
        environment.insert(
            QStringLiteral("STORYBANK_SHIM_LOADED_LOG"), pathFor(QStringLiteral("loaded.log")));
        // Under AddressSanitizer the shim is loaded before the ASan runtime, which ASan refuses
        // unless told this order is intended; the options the suite runs with are kept.
        QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        if (!asan.isEmpty())
            asan += u':';
        environment.insert(
            QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral("verify_asan_link_order=0"));
        return environment;
    }

    // Runs program to its end; a failure when it could not start, crashed or exited non-zero.
    void run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        process.start(program, arguments);
        process.waitForStarted(kTimeoutMs);
        process.closeWriteChannel(); // nothing may wait for input
        const bool finished = process.waitForFinished(kTimeoutMs);
        if (!finished)
            process.kill();
        EXPECT_TRUE(
            finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            << program.toStdString() << ' ' << arguments.join(u' ').toStdString() << ": exit code "
            << process.exitCode() << ", " << process.errorString().toStdString() << '\n'
            << process.readAllStandardError().toStdString();
    }

    void cli(const QStringList& arguments)
    {
        run(QStringLiteral(STORYBANK_CLI_PATH),
            QStringList {QStringLiteral("--db"), bankPath()} + arguments);
    }
};

TEST_F(NoNetworkTest, TheWatchReportsInternetSocketsConnectsAndLookupsButNotLocalSockets)
{
    run(QStringLiteral(STORYBANK_NO_NETWORK_PROBE), {});
    ASSERT_TRUE(watched(STORYBANK_NO_NETWORK_PROBE));
    const std::string seen = log();
    EXPECT_NE(seen.find("socket(domain 2, type 1)"), std::string::npos) << seen; // AF_INET
    EXPECT_NE(seen.find("socket(domain 10, type 2)"), std::string::npos) << seen; // AF_INET6
    EXPECT_NE(seen.find("connect(family 2)"), std::string::npos) << seen;
    EXPECT_NE(seen.find("getaddrinfo(localhost, null)"), std::string::npos) << seen;
    EXPECT_EQ(seen.find("domain 1,"), std::string::npos) << seen; // AF_UNIX
    EXPECT_EQ(seen.find("domain 16,"), std::string::npos) << seen; // AF_NETLINK
}

TEST_F(NoNetworkTest, TheCommandLineMakesNoNetworkConnection)
{
    const QString notes = QStringLiteral(STORYBANK_TEST_DATA "/import");
    const QString out = pathFor(QStringLiteral("out"));
    QDir().mkpath(out);
    cli({QStringLiteral("init")});
    cli({QStringLiteral("import"), notes + QStringLiteral("/talking-points.md"),
        notes + QStringLiteral("/obsidian.md")});
    cli({QStringLiteral("add"), QStringLiteral("story"), QStringLiteral("--title"),
        QStringLiteral("Shipped offline")});
    cli({QStringLiteral("stats")});
    cli({QStringLiteral("list"), QStringLiteral("stories")});
    cli({QStringLiteral("search"), QStringLiteral("launch")});
    cli({QStringLiteral("coverage")});
    cli({QStringLiteral("coach"), QStringLiteral("--all")});
    cli({QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral("/bank.json")});
    cli({QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral("/bank.md")});
    cli({QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral("/stories/")});
    cli({QStringLiteral("cheatsheet"), QStringLiteral("-o"), out + QStringLiteral("/sheet.pdf"),
        QStringLiteral("--all")});
    cli({QStringLiteral("cheatsheet"), QStringLiteral("-o"), out + QStringLiteral("/sheet.html"),
        QStringLiteral("--all")});
    cli({QStringLiteral("check")});
    cli({QStringLiteral("backup")});
    cli({QStringLiteral("backup"), QStringLiteral("-o"), out + QStringLiteral("/copy.storybank")});
    cli({QStringLiteral("restore"), out + QStringLiteral("/copy.storybank")});
    ASSERT_TRUE(watched(STORYBANK_CLI_PATH));
    EXPECT_EQ(log(), "") << "the command line reached for the network";
}

TEST_F(NoNetworkTest, TheEditorMakesNoNetworkConnection)
{
    QProcess editor;
    editor.setProcessEnvironment(environment());
    editor.setWorkingDirectory(m_dir.path());
    editor.start(QStringLiteral(STORYBANK_GUI_PATH), {bankPath()});
    ASSERT_TRUE(editor.waitForStarted(kTimeoutMs)) << editor.errorString().toStdString();

    // The first backup is written by the health check on a worker thread: once it is there the
    // window is up and the start-up work is under way. (QProcess learns of an exit only inside
    // its waitFor… calls, hence the short waits rather than a sleep.)
    const QDeadlineTimer deadline(kTimeoutMs);
    bool stopped = false;
    while (!stopped && BankBackups(bankPath()).list().isEmpty() && !deadline.hasExpired())
        stopped = editor.waitForFinished(100);
    EXPECT_FALSE(BankBackups(bankPath()).list().isEmpty()) << "the editor took no backup";
    stopped = stopped || editor.waitForFinished(kEditorRunsMs);
    EXPECT_FALSE(stopped) << "the editor stopped by itself (exit code " << editor.exitCode()
                          << "): " << editor.readAllStandardError().toStdString();
    editor.terminate();
    if (!editor.waitForFinished(kTimeoutMs))
        editor.kill();
    editor.waitForFinished();

    ASSERT_TRUE(watched(STORYBANK_GUI_PATH));
    EXPECT_EQ(log(), "") << "the editor reached for the network";
}

} // namespace
} // namespace sb::test
