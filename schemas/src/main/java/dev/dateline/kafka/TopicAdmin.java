package dev.dateline.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
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
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                    LOG.info("created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
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
}
