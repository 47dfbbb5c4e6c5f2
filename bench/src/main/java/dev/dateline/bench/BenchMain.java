package dev.dateline.bench;

import picocli.CommandLine;

/** Runs {@link BenchCommand} on its own, before (or besides) {@code dateline bench}. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/dateline/bench/logback-bench.xml");
        }
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
