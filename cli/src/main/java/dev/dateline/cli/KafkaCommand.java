package dev.dateline.cli;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline kafka start|stop|status}: a local single-node broker that outlives the command. */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Start, stop or inspect the local Kafka broker (KRaft, one node, in its own JVM).",
        subcommands = {KafkaCommand.Start.class, KafkaCommand.Stop.class, KafkaCommand.Status.class})
public final class KafkaCommand {

    static Path dataDir() {
        return Dateline.home().resolve("kafka");
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the local broker in the background and create Dateline's topics.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--port", description = "Client port (default: a free port, kept for later starts).")
        int port;

        @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics created (default: ${DEFAULT-VALUE}).")
        int partitions;

        @Override
        public Integer call() throws Exception {
            String running = LocalKafka.runningBootstrap(dataDir());
            if (running != null) {
                System.out.println("The local broker is already running at " + running + " (data in " + dataDir() + ").");
                return 0;
            }
            LocalKafka kafka = LocalKafka.builder(dataDir()).detached(true).port(port).build().start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(partitions, (short) 1)).forEach(w -> System.out.println("warning: " + w));
            }
            System.out.printf("Kafka broker running at %s (pid %d, started in %.1f s).%n", kafka.bootstrapServers(),
                    kafka.pid(), kafka.lastStartTime().toMillis() / 1000.0);
            System.out.println("Data and log: " + kafka.dataDir() + "  —  stop it with: ./dateline kafka stop");
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local broker (its data is kept).")
    static final class Stop implements Callable<Integer> {
        @Option(names = "--delete-data", description = "Also delete the broker's data directory.")
        boolean deleteData;

        @Override
        public Integer call() throws Exception {
            boolean stopped = LocalKafka.stopDetached(dataDir(), Duration.ofSeconds(60));
            System.out.println(stopped ? "Stopped the local broker." : "No local broker was running.");
            if (deleteData) {
                Files.deleteTree(dataDir());
                System.out.println("Deleted " + dataDir());
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the local broker runs, and where.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            String running = LocalKafka.runningBootstrap(dataDir());
            System.out.println(running == null ? "The local broker is not running." : "The local broker is running at " + running + ".");
            return running == null ? 3 : 0;
        }
    }
}
