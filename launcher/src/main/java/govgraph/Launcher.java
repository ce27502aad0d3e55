package govgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector, on 127.0.0.1.
 *
 * Usage: java -cp target/classes:target/lib/* govgraph.Launcher DATA_DIR BOLT_PORT [PAGE_CACHE_MB
 *        [TX_TIMEOUT_MS [TX_MEMORY_MB [TX_TOTAL_MEMORY_MB]]]]
 * (0 for a cap means none.)
 *
 * Talks to its parent through plain lines on stdout: "READY bolt://127.0.0.1:PORT" once the
 * database answers, "ERROR ..." with the cause when it cannot start. It stops cleanly on
 * SIGINT/SIGTERM (shutdown hook) and when its stdin closes, which is how it notices that
 * the parent process died without signalling it: no orphaned JVM holds the store lock.
 */
public final class Launcher {

    public static void main(String[] args) {
        if (args.length < 2) {
            fail("usage: Launcher DATA_DIR BOLT_PORT [PAGE_CACHE_MB [TX_TIMEOUT_MS [TX_MEMORY_MB [TX_TOTAL_MEMORY_MB]]]]");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 128;
        long txTimeoutMs = args.length > 3 ? Long.parseLong(args[3]) : 0;
        long txMemoryMb = args.length > 4 ? Long.parseLong(args[4]) : 0;
        long txTotalMemoryMb = args.length > 5 ? Long.parseLong(args[5]) : 0;

        ensurePortFree(port);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create data directory " + home + ": " + e.getMessage());
        }

        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            // The backstop for transactions that set no timeout themselves: the service's own
            // send one (a request's deadline, or a long one for migrations and the seed).
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs));
            // One transaction, and all of them together, may hold this much memory; past it a
            // transaction fails (MemoryLimitExceededException) instead of the JVM running out.
            if (txMemoryMb > 0) {
                builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb));
            }
            if (txTotalMemoryMb > 0) {
                builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txTotalMemoryMb));
            }
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    // Loopback only, one local user: the service is the only client.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .build();
        } catch (RuntimeException e) {
            fail("Neo4j did not start in " + home + ": " + rootCause(e)
                    + " (is another govgraph database already running on this data directory?)");
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
            fail("database 'neo4j' not available after 60 s");
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForParentToGo(System.in);
        System.exit(0);
    }

    /** Blocks until stdin reaches end of file: the parent closed it or died. */
    private static void waitForParentToGo(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the same thing as end of file.
        }
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        fail("BOLT_PORT must be a number from 1 to 65535, got '" + text + "'");
        return -1;
    }

    /** Neo4j's own message for a taken port is buried; say it plainly first. */
    private static void ensurePortFree(int port) {
        // SO_REUSEADDR before binding, as Neo4j's own listener does: after a crash the old
        // connections linger in TIME_WAIT, and a restart must still get its port back.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is taken; stop what uses it or set NEO4J_BOLT_PORT to a free port");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void fail(String message) {
        System.out.println("ERROR " + message);
        System.out.flush();
        System.exit(2);
    }
}
