// storybank_no_network_probe: the program that proves NoNetworkShim can see what it must. It
// does once each thing the shim reports, plus the local sockets it must let pass; nothing it
// does sends a byte off this machine.

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/netlink.h>

int main()
{
    // Reported by socket(): both internet families.
    close(socket(AF_INET, SOCK_STREAM, 0));
    close(socket(AF_INET6, SOCK_DGRAM, 0));

    // Reported by connect() alone: the socket is made by a raw system call, which socket() never
    // sees. Connecting a UDP socket only sets its peer; no packet is sent.
    const int hidden = int(syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0));
    sockaddr_in discard {};
    discard.sin_family = AF_INET;
    discard.sin_port = htons(9);
    discard.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connect(hidden, reinterpret_cast<const sockaddr*>(&discard), sizeof discard);
    close(hidden);

    // Reported by getaddrinfo(): the name is answered from /etc/hosts, but asking is what counts.
    addrinfo* found = nullptr;
    if (getaddrinfo("localhost", nullptr, nullptr, &found) == 0)
        freeaddrinfo(found);

    // Not reported: they cannot leave this machine.
    close(socket(AF_UNIX, SOCK_STREAM, 0));
    close(socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE));
    return 0;
}
