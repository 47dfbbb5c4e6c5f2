package dev.dateline.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.schema.Entity;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.Granularity;
import dev.dateline.schema.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The merge finds candidate clusters through their entities rather than by trying every cluster of
 * the bucket; this checks, on random buckets, that it groups mentions exactly as the plain scan of
 * every cluster in creation order (kept here as the reference) does.
 */
class EventMergerEquivalenceTest {

    static {
        // a serde trusts the project's record classes, which the builders' deep copies below need
        new dev.dateline.schema.serde.AvroSerde<>(EventMention.class).close();
    }

    @Test
    void groupsMentionsAsTheScanOfEveryClusterDoes() {
        Random r = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<EventMention> bucket = randomBucket(r, 1 + r.nextInt(120), 2 + r.nextInt(12));
            assertThat(groups(EventMerger.mergeWithMembers(bucket).values())).as("round %d", round).isEqualTo(referenceGroups(bucket));
        }
    }

    /**
     * The merge step hands each bucket its previous result so that unchanged groups are not built
     * again. Growing, shrinking and revising a bucket one batch at a time must give exactly the
     * events a merge from scratch gives, and must reuse only groups whose members did not change.
     */
    @Test
    void reusingThePreviousMergeGivesTheEventsOfAFreshMerge() {
        Random r = new Random(7);
        int reused = 0;
        for (int round = 0; round < 40; round++) {
            List<EventMention> pool = randomBucket(r, 150, 3 + r.nextInt(10));
            List<EventMention> bucket = new ArrayList<>();
            java.util.Map<String, EventMerger.Merged> previous = java.util.Map.of();
            for (int step = 0; step < 60; step++) {
                int action = r.nextInt(10);
                if (action < 6 || bucket.isEmpty()) {
                    bucket.add(EventMention.newBuilder(pool.get(r.nextInt(pool.size()))).setMentionKey("m" + step).build());
                } else if (action < 8) {
                    bucket.remove(r.nextInt(bucket.size()));
                } else {
                    // a new revision of a mention: same key, new object (and here a new confidence)
                    int i = r.nextInt(bucket.size());
                    bucket.set(i, EventMention.newBuilder(bucket.get(i)).setConfidence(0.9).build());
                }
                java.util.Map<String, EventMerger.Merged> incremental = EventMerger.mergeWithMembers(bucket, previous);
                java.util.Map<String, EventMerger.Merged> fresh = EventMerger.mergeWithMembers(bucket);
                assertThat(events(incremental)).as("round %d step %d", round, step).isEqualTo(events(fresh));
                for (EventMerger.Merged m : incremental.values()) {
                    if (m.unchanged()) {
                        reused++;
                        assertThat(previous.get(m.event().getId()).members()).containsExactlyElementsOf(m.members());
                    }
                }
                previous = incremental;
            }
        }
        assertThat(reused).as("groups taken from the previous merge").isGreaterThan(1000);
    }

    private static java.util.Map<String, dev.dateline.schema.TimelineEvent> events(java.util.Map<String, EventMerger.Merged> merged) {
        java.util.Map<String, dev.dateline.schema.TimelineEvent> out = new java.util.LinkedHashMap<>();
        merged.forEach((id, m) -> out.put(id, m.event()));
        return out;
    }

    private static Set<Set<String>> groups(Iterable<EventMerger.Merged> events) {
        Set<Set<String>> out = new HashSet<>();
        for (EventMerger.Merged e : events) {
            Set<String> members = new TreeSet<>();
            for (EventMention m : e.members()) {
                members.add(m.getArticleId() + "@" + m.getEvidenceStart());
            }
            out.add(members);
        }
        return out;
    }

    /** The original merge loop: every cluster is tried for every mention, in creation order. */
    private static Set<Set<String>> referenceGroups(List<EventMention> mentions) {
        List<EventMention> ordered = new ArrayList<>(mentions);
        ordered.sort(EventMerger.CANONICAL);
        List<List<EventMention>> clusters = new ArrayList<>();
        for (EventMention m : ordered) {
            List<EventMention> best = null;
            int bestShared = 0;
            for (List<EventMention> c : clusters) {
                int shared = shared(c, m);
                if (shared > bestShared && accepts(c, m)) {
                    best = c;
                    bestShared = shared;
                }
            }
            if (best == null) {
                List<EventMention> created = new ArrayList<>();
                created.add(m);
                clusters.add(created);
            } else {
                best.add(m);
            }
        }
        Set<Set<String>> out = new HashSet<>();
        for (List<EventMention> c : clusters) {
            Set<String> members = new TreeSet<>();
            c.forEach(m -> members.add(m.getArticleId() + "@" + m.getEvidenceStart()));
            out.add(members);
        }
        return out;
    }

    private static Set<String> keys(EventMention m) {
        Set<String> keys = new HashSet<>();
        m.getActors().forEach(a -> keys.add(EntityKeys.keyOf(a)));
        if (m.getLocation() != null) {
            keys.add(EntityKeys.keyOf(m.getLocation()));
        }
        return keys;
    }

    private static int shared(List<EventMention> cluster, EventMention m) {
        Set<String> entities = new HashSet<>();
        cluster.forEach(c -> entities.addAll(keys(c)));
        int n = 0;
        for (String k : keys(m)) {
            if (entities.contains(k)) {
                n++;
            }
        }
        return n;
    }

    private static boolean accepts(List<EventMention> cluster, EventMention m) {
        EventMention finest = cluster.get(0);
        String location = cluster.stream().filter(c -> c.getLocation() != null).findFirst()
                .map(c -> EntityKeys.keyOf(c.getLocation())).orElse(null);
        boolean datesNest = nests(finest, m) || nests(m, finest);
        boolean samePlace = location == null || m.getLocation() == null || location.equals(EntityKeys.keyOf(m.getLocation()));
        return datesNest && samePlace && EventMerger.modalitiesMerge(finest.getModality(), m.getModality());
    }

    private static boolean nests(EventMention outer, EventMention inner) {
        return !inner.getStartDay().isBefore(outer.getStartDay()) && !inner.getEndDay().isAfter(outer.getEndDay());
    }

    private static List<EventMention> randomBucket(Random r, int size, int entityCount) {
        List<EventMention> out = new ArrayList<>();
        Modality[] modalities = Modality.values();
        for (int i = 0; i < size; i++) {
            int month = 1 + r.nextInt(3);
            int day = 1 + r.nextInt(3);
            Granularity g = r.nextInt(4) == 0 ? Granularity.YEAR : r.nextInt(3) == 0 ? Granularity.MONTH : Granularity.DAY;
            LocalDate start = g == Granularity.YEAR ? LocalDate.of(2019, 1, 1) : g == Granularity.MONTH
                    ? LocalDate.of(2019, month, 1) : LocalDate.of(2019, month, day);
            LocalDate end = g == Granularity.YEAR ? LocalDate.of(2019, 12, 31) : g == Granularity.MONTH
                    ? start.withDayOfMonth(start.lengthOfMonth()) : start;
            List<Entity> actors = new ArrayList<>();
            for (int k = r.nextInt(3); k >= 0; k--) {
                actors.add(new Entity("Actor " + r.nextInt(entityCount), "PERSON"));
            }
            Entity place = r.nextInt(3) == 0 ? null : new Entity("Place " + r.nextInt(Math.max(1, entityCount / 3)), "PLACE");
            String article = "art-" + r.nextInt(size);
            out.add(EventMention.newBuilder()
                    .setMentionKey(article + "#" + i).setArticleId(article).setUrl(null).setSource("wire").setArticleTitle("t")
                    .setPublished(Instant.parse("2019-06-01T00:00:00Z").plusSeconds(3600L * r.nextInt(500)))
                    .setDate(start.toString()).setGranularity(g).setStartDay(start).setEndDay(end)
                    .setDateText(start.toString()).setType("MEETING").setTitle("Meeting")
                    .setActors(actors).setLocation(place)
                    .setEvidence("e").setEvidenceStart(i).setEvidenceEnd(i + 1)
                    .setConfidence(0.5).setModality(modalities[r.nextInt(4) == 0 ? r.nextInt(modalities.length) : 0])
                    .build());
        }
        return out;
    }
}
