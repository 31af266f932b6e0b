// NoNetworkShim: a library NoNetworkTest preloads (LD_PRELOAD) into StoryBank's own programs.
// Every attempt to reach another machine appends a line to the file named by
// STORYBANK_SOCKET_LOG, and then goes ahead: the test judges, the shim only watches.
//
// Built without sanitizers, even in the asan preset: an instrumented shim would pull the ASan
// runtime in behind itself, and the programs it is preloaded into bring their own.

#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace {

// Families that cannot leave this machine: AF_UNIX (X11, D-Bus, the session's portals) and
// AF_NETLINK (the kernel's own channel: glibc and Qt list network interfaces through it, and
// udev announces devices on it). Every other family is reported: AF_INET and AF_INET6, but also
// AF_PACKET (raw frames on the wire) and anything a future kernel adds.
bool staysOnThisMachine(int family)
{
    return family == AF_UNIX || family == AF_NETLINK;
}

// Appends "PROGRAM: TEXT" to the file named by the environment variable logVariable. One write()
// per line on an O_APPEND file: lines from threads and child processes (which inherit
// LD_PRELOAD) do not interleave. No stdio, so nothing is buffered when a process is killed.
// errno is kept because the caller's error handling comes after us.
__attribute__((format(printf, 2, 3))) void report(const char* logVariable, const char* format, ...)
{
    const char* path = std::getenv(logVariable);
    if (path == nullptr || *path == '\0')
        return;
    const int savedErrno = errno;
    // Each part is cut to what fits, keeping room for the newline.
    char line[512];
    constexpr size_t kRoom = sizeof line - 1;
    const int prefix = std::snprintf(line, kRoom, "%s: ", program_invocation_name);
    size_t length = std::min(size_t(std::max(prefix, 0)), kRoom - 1);
    va_list arguments;
    va_start(arguments, format);
    const int text = std::vsnprintf(line + length, kRoom - length, format, arguments);
    va_end(arguments);
    length += std::min(size_t(std::max(text, 0)), kRoom - length - 1);
    line[length++] = '\n';
    const int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        // A short write would only shorten the line: the log is still not empty.
        [[maybe_unused]] const ssize_t written = write(fd, line, length);
        close(fd);
    }
    errno = savedErrno;
}

// So that a test can tell "nothing was reported" from "the shim never ran in that program".
__attribute__((constructor)) void announceLoaded()
{
    report("STORYBANK_SHIM_LOADED_LOG", "loaded");
}

// The definition the program would have used without us (libc's, or a sanitizer's wrapper).
template<typename Function> Function next(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int socket(int domain, int type, int protocol) noexcept
{
    if (!staysOnThisMachine(domain))
        report("STORYBANK_SOCKET_LOG", "socket(domain %d, type %d)", domain, type);
    static const auto real = next<int (*)(int, int, int)>("socket");
    return real(domain, type, protocol);
}

// A second witness: a socket made where socket() above does not see it (a raw system call, a
// descriptor inherited from a parent) is still seen when it is pointed at another machine.
int connect(int fd, const sockaddr* address, socklen_t length)
{
    if (address != nullptr && !staysOnThisMachine(address->sa_family))
        report("STORYBANK_SOCKET_LOG", "connect(family %d)", address->sa_family);
    static const auto real = next<int (*)(int, const sockaddr*, socklen_t)>("connect");
    return real(fd, address, length);
}

// glibc's resolver makes and connects its DNS socket through internal calls that never reach
// the two functions above (strace shows socket(AF_INET) and connect(:53) while they stay
// silent), and a lookup through a local daemon uses only AF_UNIX. So the lookup itself is
// reported: asking for an address already sends the name out.
int getaddrinfo(const char* node, const char* service, const addrinfo* hints, addrinfo** result)
{
    report("STORYBANK_SOCKET_LOG", "getaddrinfo(%s, %s)", node != nullptr ? node : "null",
        service != nullptr ? service : "null");
    static const auto real =
        next<int (*)(const char*, const char*, const addrinfo*, addrinfo**)>("getaddrinfo");
    return real(node, service, hints, result);
}

} // extern "C"
