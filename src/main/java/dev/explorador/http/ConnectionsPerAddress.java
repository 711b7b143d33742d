package dev.explorador.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * Caps the connections one client address may hold open: a single process cannot take every server thread
 * (slow bodies, thousands of idle sockets). A browser opens about six per site, far below the cap.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int max;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    /** Each open connection's address, kept from its opening: a closed socket no longer knows its peer. */
    private final ConcurrentHashMap<Connection, String> addresses = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        String address = address(connection);
        addresses.put(connection, address);
        int count = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (count > max) connection.getEndPoint().close();
    }

    @Override
    public void onClosed(Connection connection) {
        // Entries stay (one small counter per client address ever seen): removing them would race with onOpened.
        String address = addresses.remove(connection);
        AtomicInteger count = address == null ? null : open.get(address);
        if (count != null) count.decrementAndGet();
    }

    private static String address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }
}
