package dev.dateline.streams.ops;

import dev.dateline.streams.topology.TimelineTopology;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/** Waits until a Dateline app has read everything in its input and repartition topics. */
public final class CatchUp {

    private CatchUp() {
    }

    /**
     * Polls the group's lag until it is zero on every source topic twice in a row (the second look
     * catches records the first pass had just forwarded to a repartition topic).
     *
     * @return the last lag seen; empty of lag when caught up
     */
    public static List<ConsumerLag.PartitionLag> await(Admin admin, Properties clientProps, String applicationId,
                                                        Duration timeout) throws InterruptedException {
        return await(admin, clientProps, applicationId, TimelineTopology.sourceTopics(applicationId), timeout);
    }

    /** As {@link #await(Admin, Properties, String, Duration)} for an app reading other topics. */
    public static List<ConsumerLag.PartitionLag> await(Admin admin, Properties clientProps, String applicationId,
                                                        List<String> sourceTopics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int zeroInARow = 0;
        List<ConsumerLag.PartitionLag> lag = List.of();
        while (System.nanoTime() < deadline) {
            lag = ConsumerLag.of(admin, clientProps, applicationId, sourceTopics, true);
            boolean committedSomething = lag.stream().anyMatch(l -> l.committed() >= 0);
            if (committedSomething && ConsumerLag.total(lag) == 0) {
                if (++zeroInARow >= 2) {
                    return lag;
                }
            } else {
                zeroInARow = 0;
            }
            Thread.sleep(250);
        }
        return lag;
    }
}
