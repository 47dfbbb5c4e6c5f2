package dev.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Dateline.Version.class,
        description = "Dated events from news articles, kept as running timelines on Apache Kafka.",
        subcommands = {
            DemoCommand.class,
            KafkaCommand.class,
            PublishCommand.class,
            ServeCommand.class,
            TimelineCommand.class,
            EventsCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            LagCommand.class,
            TopicsCommand.class,
            ExportCommand.class,
            ReplayCommand.class,
            BackfillCommand.class,
            dev.dateline.bench.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Dateline implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Dateline());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getColorScheme().errorText("dateline: " + describe(e)));
            if (Boolean.getBoolean("dateline.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append(": ").append(cause.getMessage());
            }
            e = cause;
            cause = cause.getCause();
        }
        return sb.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the CLI keeps local state (broker data, app state): {@code .dateline} beside the launcher. */
    static Path home() {
        return Path.of(System.getProperty("dateline.home", ".dateline")).toAbsolutePath().normalize();
    }

    /**
     * The state directory: the configured one, or {@code .dateline/state} under {@link #home()} when the
     * configuration keeps the library default (a temporary directory, which the OS may clear).
     */
    static dev.dateline.config.DatelineConfig withLocalStateDir(dev.dateline.config.DatelineConfig cfg) {
        String key = dev.dateline.config.DatelineConfig.STATE_DIR;
        if (cfg.get(key).equals(dev.dateline.config.DatelineConfig.defaults().get(key))) {
            return cfg.with(key, home().resolve("state").toString());
        }
        return cfg;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Dateline.class.getPackage().getImplementationVersion();
            return new String[] {"dateline " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + ", Kafka clients " + kafkaVersion()};
        }

        private static String kafkaVersion() {
            try (java.io.InputStream in = org.apache.kafka.clients.admin.Admin.class.getResourceAsStream("/kafka/kafka-version.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }
}
