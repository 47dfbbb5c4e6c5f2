package dev.dateline.kafka.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Entry point of the broker JVM: starts {@code kafka.Kafka} with the given server properties.
 *
 * <p>Unless {@code --detached} is given, a watchdog thread reads stdin, which is a pipe from the
 * parent JVM; when it closes (the parent exited, however it exited), the broker shuts down cleanly
 * through Kafka's own shutdown hook. This is what keeps a killed test run or demo from leaving a
 * broker behind.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean detached = args.length > 0 && args[0].equals("--detached");
        String[] kafkaArgs = detached ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (!detached) {
            Thread watchdog = new Thread(BrokerMain::exitWhenParentGoes, "parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) kafkaArgs);
    }

    private static void exitWhenParentGoes() {
        InputStream in = System.in;
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) >= 0) {
                // the parent never writes; anything read is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone too
        }
        System.exit(0);
    }
}
