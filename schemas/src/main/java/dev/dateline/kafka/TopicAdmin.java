package dev.dateline.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates missing topics with their specs and reports existing ones that differ. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * Creates the topics that do not exist yet. Existing topics are left alone; a partition count
     * different from the spec is returned as a warning, since changing it would move keys.
     *
     * @return human-readable warnings, empty when every topic matches
     */
    public static List<String> ensure(Admin admin, Collection<TopicSpec> specs) throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (existing.contains(spec.name())) {
                    present.add(spec.name());
                } else {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs()));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                    LOG.info("created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                created.add(entry.getKey());
            }
            awaitLeaders(admin, created);
            List<String> warnings = new ArrayList<>();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames().get(60, TimeUnit.SECONDS);
                for (TopicSpec spec : specs) {
                    TopicDescription d = described.get(spec.name());
                    if (d != null && d.partitions().size() != spec.partitions()) {
                        warnings.add("topic " + spec.name() + " has " + d.partitions().size() + " partitions, the spec says "
                                + spec.partitions() + "; keeping the existing count");
                    }
                }
            }
            return warnings;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot create Dateline's topics: " + cause.getMessage(), cause);
        }
    }

    /**
     * Waits until every partition of the topics has a leader that serves it. Creation returns before
     * the brokers have elected them; a producer that writes to a partition in that gap is told
     * NOT_LEADER_OR_FOLLOWER, and an idempotent one could then be stuck retrying
     * OUT_OF_ORDER_SEQUENCE_NUMBER on a fresh single-broker cluster. The metadata names a leader
     * a moment before that broker has taken the partition over (CI saw it once more after the
     * metadata check alone), so the wait ends only when every leader answers a ListOffsets request,
     * which it serves only as the partition's leader. So ensure returns ready topics.
     */
    static void awaitLeaders(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        while (true) {
            List<String> waiting = new ArrayList<>();
            partitions.clear();
            try {
                admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).forEach((name, d) -> {
                    if (d.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                        waiting.add(name);
                    }
                    d.partitions().forEach(p -> partitions.put(new TopicPartition(name, p.partition()), OffsetSpec.latest()));
                });
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                    throw e;
                }
                waiting.addAll(topics); // not in the metadata yet
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("no leader after 60 s for some partitions of " + waiting);
            }
            Thread.sleep(50);
        }
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(60, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(50);
        }
    }
}
