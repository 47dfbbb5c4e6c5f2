package dev.dateline.kafka.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running {@code kafka.Kafka}
 * in a child JVM. Storage is formatted with {@code StorageTool format --standalone} on first start;
 * later starts on the same data directory reuse its logs and ports, so a killed broker can be
 * restarted with its data, as a real one would be.
 *
 * <p>An attached broker (the default) dies with the JVM that started it: a watchdog in the child
 * exits when its stdin closes, which happens however the parent ends, even on SIGKILL. A detached
 * broker ({@link Builder#detached}) outlives its parent and is stopped with {@link #stopDetached}.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    static final String STATE_FILE = "broker.properties";

    private final Path dataDir;
    private final String classpath;
    private final String heap;
    private final boolean detached;
    private final boolean shutdownHookEnabled;
    private final Duration startTimeout;
    private final Map<String, String> overrides;
    private final int port;
    private final int controllerPort;
    private Process process;
    private Thread shutdownHook;
    private Duration lastStartTime = Duration.ZERO;

    private LocalKafka(Builder b) throws IOException {
        this.dataDir = b.dataDir.toAbsolutePath();
        this.classpath = b.classpath != null ? b.classpath : defaultClasspath();
        this.heap = b.heap;
        this.detached = b.detached;
        this.shutdownHookEnabled = b.shutdownHook;
        this.startTimeout = b.startTimeout;
        this.overrides = Map.copyOf(b.overrides);
        Files.createDirectories(dataDir);
        Properties previous = readState(dataDir);
        if (previous != null) {
            this.port = Integer.parseInt(previous.getProperty("port"));
            this.controllerPort = Integer.parseInt(previous.getProperty("controller.port"));
        } else {
            this.port = b.port > 0 ? b.port : freePort();
            this.controllerPort = freePort(port);
        }
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** {@code localhost:port} for clients. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    /** Process id of the broker JVM, or -1 when not running. */
    public long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Wall time of the last {@link #start()}, from launch to a broker that answers {@code describeCluster}. */
    public Duration lastStartTime() {
        return lastStartTime;
    }

    /** Formats the storage when new, launches the broker and waits until it serves clients. */
    public synchronized LocalKafka start() throws IOException {
        if (isRunning()) {
            return this;
        }
        Instant begin = Instant.now();
        Path config = writeServerConfig();
        Path logs = dataDir.resolve("logs");
        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(config);
        }
        List<String> command = javaCommand();
        command.add(BrokerMain.class.getName());
        if (detached) {
            command.add("--detached");
        }
        command.add(config.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        if (detached) {
            pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        }
        process = pb.start();
        writeState(process.pid());
        if (!detached && shutdownHookEnabled) {
            shutdownHook = new Thread(this::stopQuietly, "local-kafka-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        try {
            awaitReady();
        } catch (IOException | RuntimeException e) {
            stopQuietly();
            throw e;
        }
        lastStartTime = Duration.between(begin, Instant.now());
        LOG.info("Kafka broker ready at {} (pid {}, data {}) in {} ms",
                bootstrapServers(), process.pid(), dataDir, lastStartTime.toMillis());
        return this;
    }

    /** Controlled shutdown: SIGTERM, then SIGKILL if the broker has not exited within 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("Kafka broker (pid {}) did not stop within 30 s; killing it", process.pid());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
        removeShutdownHook();
    }

    /** SIGKILL, as a crash would: no controlled shutdown, no flush. For fault tests. */
    public synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
        removeShutdownHook();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Stops a detached broker started earlier on {@code dataDir} by another process.
     *
     * @return true when a running broker was found and stopped
     */
    public static boolean stopDetached(Path dataDir, Duration timeout) throws IOException {
        Properties state = readState(dataDir.toAbsolutePath());
        if (state == null || state.getProperty("pid") == null) {
            return false;
        }
        long pid = Long.parseLong(state.getProperty("pid"));
        var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !isBroker(handle.get())) {
            return false;
        }
        handle.get().destroy();
        try {
            handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.get().destroyForcibly();
        }
        return true;
    }

    /** Bootstrap servers of a detached broker running on {@code dataDir}, if one is alive. */
    public static String runningBootstrap(Path dataDir) throws IOException {
        Properties state = readState(dataDir.toAbsolutePath());
        if (state == null || state.getProperty("pid") == null) {
            return null;
        }
        long pid = Long.parseLong(state.getProperty("pid"));
        boolean alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(LocalKafka::isBroker).isPresent();
        return alive ? "localhost:" + state.getProperty("port") : null;
    }

    private static boolean isBroker(ProcessHandle handle) {
        return handle.info().arguments().map(args -> List.of(args).contains(BrokerMain.class.getName())).orElse(true);
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the Kafka broker failed", e);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run; nothing to undo
            }
            shutdownHook = null;
        }
    }

    private void format(Path config) throws IOException {
        List<String> command = javaCommand();
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", config.toString(), "--standalone", "--ignore-formatted"));
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IOException("Formatting Kafka storage in " + dataDir + " timed out; see " + logFile());
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while formatting Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IOException("Formatting Kafka storage in " + dataDir + " failed (exit " + format.exitValue()
                    + "):\n" + tail(logFile(), 20));
        }
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(startTimeout);
        while (!portOpen()) {
            checkAlive();
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("Kafka broker did not open port " + port + " within " + startTimeout.toSeconds()
                        + " s; last lines of " + logFile() + ":\n" + tail(logFile(), 30));
            }
            sleep(50);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "4000");
        try (Admin admin = Admin.create(props)) {
            while (true) {
                checkAlive();
                try {
                    if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    LOG.debug("broker not ready yet: {}", notYet.toString());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("Kafka broker on port " + port + " did not answer describeCluster within "
                            + startTimeout.toSeconds() + " s; last lines of " + logFile() + ":\n" + tail(logFile(), 30));
                }
                sleep(100);
            }
        }
    }

    private void checkAlive() throws IOException {
        if (!process.isAlive()) {
            throw new IOException("Kafka broker exited during start-up (exit " + process.exitValue()
                    + "); last lines of " + logFile() + ":\n" + tail(logFile(), 30));
        }
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path writeServerConfig() throws IOException {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        // small footprint: the cleaner's 128 MB dedupe buffer is the largest fixed allocation
        p.put("log.cleaner.dedupe.buffer.size", "8388608");
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", "67108864");
        p.putAll(overrides);
        Path file = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "written by Dateline LocalKafka; regenerated at every start");
        }
        return file;
    }

    private void writeState(long pid) throws IOException {
        Properties state = new Properties();
        state.put("port", Integer.toString(port));
        state.put("controller.port", Integer.toString(controllerPort));
        state.put("pid", Long.toString(pid));
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
            state.store(w, "Dateline local broker: ports are kept for the data directory");
        }
    }

    private static Properties readState(Path dataDir) throws IOException {
        Path file = dataDir.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            state.load(in);
        }
        return state;
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx" + heap);
        command.add("-XX:+UseG1GC");
        command.add("-XX:MaxGCPauseMillis=20");
        command.add("-Djava.awt.headless=true");
        command.add("-Dlogback.configurationFile=" + brokerLogbackConfig());
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    private String brokerLogbackConfig() {
        Path file = dataDir.resolve("logback-broker.xml");
        if (!Files.exists(file)) {
            try (InputStream in = LocalKafka.class.getResourceAsStream("logback-broker.xml")) {
                Files.copy(Objects.requireNonNull(in, "logback-broker.xml resource"), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file.toString();
    }

    /**
     * The classpath for the child JVM: Surefire and Failsafe put the real test classpath in
     * {@code surefire.test.class.path} (the JVM's own is a manifest-only jar); elsewhere it is the
     * JVM's classpath, which holds the broker jars through this module's runtime dependencies.
     */
    static String defaultClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort(int... avoid) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                int p = socket.getLocalPort();
                boolean clash = false;
                for (int a : avoid) {
                    clash |= a == p;
                }
                if (!clash) {
                    return p;
                }
            }
        }
        throw new IOException("no free TCP port found");
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log written)";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the broker", e);
        }
    }

    /** Options of a local broker. */
    public static final class Builder {
        private final Path dataDir;
        private String classpath;
        private String heap = "512m";
        private boolean detached;
        private boolean shutdownHook = true;
        private int port;
        private Duration startTimeout = Duration.ofSeconds(90);
        private final Map<String, String> overrides = new java.util.HashMap<>();

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        /** Classpath of the child JVM; must hold {@code kafka_2.13} and its dependencies. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Maximum heap of the broker JVM, as for {@code -Xmx} (default 512m). */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** A detached broker outlives the JVM that started it. */
        public Builder detached(boolean detached) {
            this.detached = detached;
            return this;
        }

        /**
         * Whether to stop the broker from a JVM shutdown hook (default true). Turn it off when the
         * owner stops the broker itself, after the clients that use it, in its own hook.
         */
        public Builder shutdownHook(boolean enabled) {
            this.shutdownHook = enabled;
            return this;
        }

        /** Client port; by default a free one is picked on first start and kept for the data directory. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** A broker setting that overrides the defaults (for example a smaller segment size in a test). */
        public Builder brokerSetting(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public LocalKafka build() throws IOException {
            return new LocalKafka(this);
        }
    }
}
