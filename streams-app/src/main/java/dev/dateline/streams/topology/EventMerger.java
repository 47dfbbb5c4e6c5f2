package dev.dateline.streams.topology;

import dev.dateline.schema.Entity;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.Modality;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the mentions of one bucket (one event type, one year) into real-world events.
 *
 * <p>Two mentions are of the same event when their dates are compatible (one span contains the
 * other: {@code 2018} and {@code 2018-06-12}), their modalities agree (asserted and planned merge,
 * hypothetical and negated stay apart), they share an actor or place, and they do not name two
 * different places. Mentions are visited in a canonical order — finest date first, then by day,
 * publication time, article and mention — and each joins the compatible event it shares most
 * entities with. The result depends only on the set of mentions, never on the order they arrived
 * in, so replays, shuffled backfills and in-order delivery all give the same timeline.
 *
 * <p>An event's id is derived from its earliest-published mention. Later articles that refine an
 * event (a finer date, more actors) therefore keep its id; only a newly arrived article published
 * <em>earlier</em> than all current sources re-keys it, which the caller publishes as a tombstone
 * for the old id and the event under the new one.
 */
public final class EventMerger {

    static final Comparator<EventMention> CANONICAL = Comparator
            .comparingInt((EventMention m) -> m.getGranularity().ordinal())
            .thenComparing(EventMention::getStartDay)
            .thenComparing(EventMention::getPublished)
            .thenComparing(EventMention::getArticleId)
            .thenComparing(EventMention::getMentionKey);

    private static final Comparator<EventMention> FIRST_REPORTED = Comparator
            .comparing(EventMention::getPublished)
            .thenComparing(EventMention::getArticleId)
            .thenComparing(EventMention::getMentionKey);

    /** Sources carried inside an event record; the rest are counted in {@code sourceCount} and kept in the event-sources store. */
    public static final int MAX_INLINE_SOURCES = 20;
    private static final int EARLIEST_INLINE = 12;

    private EventMerger() {
    }

    /**
     * An event and the mentions it merges; {@code unchanged} when it was taken as it was from the
     * previous result because its members are the very same mentions.
     */
    public record Merged(TimelineEvent event, List<EventMention> members, boolean unchanged) {
        public Merged(TimelineEvent event, List<EventMention> members) {
            this(event, members, false);
        }
    }

    /** The events of one bucket, keyed by event id, in timeline order. */
    public static Map<String, TimelineEvent> merge(Collection<EventMention> mentions) {
        Map<String, TimelineEvent> events = new LinkedHashMap<>();
        mergeWithMembers(mentions).forEach((id, m) -> events.put(id, m.event()));
        return events;
    }

    /** As {@link #merge}, with each event's member mentions. */
    public static Map<String, Merged> mergeWithMembers(Collection<EventMention> mentions) {
        return mergeWithMembers(mentions, Map.of());
    }

    /**
     * As {@link #mergeWithMembers(Collection)}, reusing a previous result of the same bucket: an
     * event is a function of its members alone, so a group whose members are the very same mention
     * objects, in the same order, as one of {@code previous}'s keeps that event (marked
     * {@code unchanged}) instead of being built again. Most of a bucket does not change when one
     * article adds to it; only the groups it touched are rebuilt. Identity, not equality, is
     * compared: a mention re-read from a store or replaced by a new revision is a new object, so
     * its group is always rebuilt.
     */
    public static Map<String, Merged> mergeWithMembers(Collection<EventMention> mentions, Map<String, Merged> previous) {
        List<EventMention> ordered = new ArrayList<>(mentions);
        ordered.sort(CANONICAL);
        List<Cluster> clusters = new ArrayList<>();
        // clusters by the entities they hold: a mention is only compared with clusters it shares one with
        Map<String, List<Cluster>> byEntity = new HashMap<>();
        // the clusters sharing an entity with the mention at hand, each counting the entities it shares
        // (counted in the cluster itself, stamped with the mention's number, rather than in a map per mention)
        List<Cluster> touched = new ArrayList<>();
        int stamp = 0;
        for (EventMention m : ordered) {
            stamp++;
            String place = m.getLocation() == null ? null : EntityKeys.keyOf(m.getLocation());
            String[] keys = entityKeys(m, place);
            touched.clear();
            for (String k : keys) {
                List<Cluster> holding = byEntity.get(k);
                if (holding == null) {
                    continue;
                }
                for (Cluster c : holding) {
                    if (c.stamp != stamp) {
                        c.stamp = stamp;
                        c.shared = 0;
                        touched.add(c);
                    }
                    c.shared++;
                }
            }
            // most entities shared wins, then the earliest cluster; the result does not depend on the visiting order
            Cluster best = null;
            int bestShared = 0;
            for (Cluster c : touched) {
                int n = c.shared;
                if ((n > bestShared || (n == bestShared && best != null && c.order < best.order)) && c.accepts(m, place)) {
                    best = c;
                    bestShared = n;
                }
            }
            if (best == null) {
                best = new Cluster(m, place, clusters.size());
                clusters.add(best);
            } else {
                best.add(m, place);
            }
            for (String k : keys) {
                if (best.entities.add(k)) {
                    byEntity.computeIfAbsent(k, x -> new ArrayList<>()).add(best);
                }
            }
        }
        Map<EventMention, Merged> previousByHead = new IdentityHashMap<>();
        for (Merged p : previous.values()) {
            previousByHead.put(p.members().get(0), p);
        }
        Map<String, Merged> events = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            Merged p = previousByHead.get(c.members.get(0));
            if (p != null && sameObjects(p.members(), c.members)) {
                events.put(p.event().getId(), p.unchanged() ? p : new Merged(p.event(), p.members(), true));
                continue;
            }
            TimelineEvent e = c.toEvent();
            events.put(e.getId(), new Merged(e, List.copyOf(c.members)));
        }
        return events;
    }

    private static boolean sameObjects(List<EventMention> a, List<EventMention> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The record of one mention as a source of its event. */
    static SourceRef sourceOf(EventMention m) {
        return SourceRef.newBuilder()
                .setArticleId(m.getArticleId())
                .setUrl(m.getUrl())
                .setSource(m.getSource())
                .setTitle(m.getArticleTitle())
                .setPublished(m.getPublished())
                .setEvidence(m.getEvidence())
                .setEvidenceStart(m.getEvidenceStart())
                .setEvidenceEnd(m.getEvidenceEnd())
                .setDateText(m.getDateText())
                .setDate(m.getDate())
                .setConfidence(m.getConfidence())
                .build();
    }

    /** Sources in reading order for people: first reported first. */
    public static final Comparator<SourceRef> SOURCE_ORDER = Comparator.comparing(SourceRef::getPublished)
            .thenComparing(SourceRef::getArticleId).thenComparingInt(SourceRef::getEvidenceStart);

    /** Stable id of an event: a hash of its type and its first-reported mention. */
    static String eventId(String type, EventMention firstReported) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((type + "|" + firstReported.getMentionKey()).getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean modalitiesMerge(Modality a, Modality b) {
        return a == b || (isFactual(a) && isFactual(b));
    }

    private static boolean isFactual(Modality m) {
        return m == Modality.ASSERTED || m == Modality.PLANNED;
    }

    /** The distinct entity keys of a mention: its actors and its place ({@code place}, its key, or null). */
    private static String[] entityKeys(EventMention m, String place) {
        List<Entity> actors = m.getActors();
        String[] keys = new String[actors.size() + (place == null ? 0 : 1)];
        int n = 0;
        for (Entity a : actors) {
            n = addDistinct(keys, n, EntityKeys.keyOf(a));
        }
        if (place != null) {
            n = addDistinct(keys, n, place);
        }
        return n == keys.length ? keys : java.util.Arrays.copyOf(keys, n);
    }

    private static int addDistinct(String[] keys, int n, String key) {
        for (int i = 0; i < n; i++) {
            if (keys[i].equals(key)) {
                return n;
            }
        }
        keys[n] = key;
        return n + 1;
    }

    private static final class Cluster {
        private final List<EventMention> members = new ArrayList<>();
        private final Set<String> entities = new HashSet<>();
        private final EventMention finest;
        private final int order;
        private String location;
        /** The number of the mention whose shared entities {@link #shared} counts. */
        private int stamp;
        private int shared;

        Cluster(EventMention first, String place, int order) {
            this.finest = first;
            this.order = order;
            add(first, place);
        }

        /** Adds a mention whose place has the key {@code place} (null: none). */
        void add(EventMention m, String place) {
            members.add(m);
            if (location == null) {
                location = place;
            }
        }

        /** Whether the mention, whose place has the key {@code place} (null: none), can join this cluster. */
        boolean accepts(EventMention m, String place) {
            boolean datesNest = contains(finest, m) || contains(m, finest);
            boolean samePlace = location == null || place == null || location.equals(place);
            return datesNest && samePlace && modalitiesMerge(finest.getModality(), m.getModality());
        }

        private static boolean contains(EventMention outer, EventMention inner) {
            return !inner.getStartDay().isBefore(outer.getStartDay()) && !inner.getEndDay().isAfter(outer.getEndDay());
        }

        TimelineEvent toEvent() {
            EventMention first = members.stream().min(FIRST_REPORTED).orElseThrow();
            EventMention titled = members.stream()
                    .filter(m -> m.getGranularity() == finest.getGranularity())
                    .max(Comparator.comparingDouble(EventMention::getConfidence).thenComparing(FIRST_REPORTED.reversed()))
                    .orElse(finest);
            double doubt = 1.0;
            Instant firstSeen = null;
            Instant lastSeen = null;
            boolean asserted = false;
            Map<String, Integer> actorCounts = new HashMap<>();
            Map<String, Entity> actorByKey = new LinkedHashMap<>();
            Map<String, Integer> placeCounts = new HashMap<>();
            Map<String, Entity> placeByKey = new LinkedHashMap<>();
            for (EventMention m : members) {
                doubt *= 1.0 - Math.min(Math.max(m.getConfidence(), 0.0), 1.0);
                firstSeen = firstSeen == null || m.getPublished().isBefore(firstSeen) ? m.getPublished() : firstSeen;
                lastSeen = lastSeen == null || m.getPublished().isAfter(lastSeen) ? m.getPublished() : lastSeen;
                asserted |= m.getModality() == Modality.ASSERTED;
                for (Entity a : m.getActors()) {
                    String k = EntityKeys.keyOf(a);
                    actorCounts.merge(k, 1, Integer::sum);
                    actorByKey.putIfAbsent(k, a);
                }
                if (m.getLocation() != null) {
                    String k = EntityKeys.keyOf(m.getLocation());
                    placeCounts.merge(k, 1, Integer::sum);
                    placeByKey.putIfAbsent(k, m.getLocation());
                }
            }
            List<SourceRef> sources = inlineSources();
            List<Entity> actors = rankByCount(actorByKey, actorCounts);
            List<Entity> places = rankByCount(placeByKey, placeCounts);
            return TimelineEvent.newBuilder()
                    .setId(eventId(finest.getType(), first))
                    .setDate(finest.getDate())
                    .setGranularity(finest.getGranularity())
                    .setStartDay(finest.getStartDay())
                    .setEndDay(finest.getEndDay())
                    .setType(finest.getType())
                    .setTitle(titled.getTitle())
                    .setActors(actors)
                    .setLocation(places.isEmpty() ? null : places.get(0))
                    .setConfidence(Math.round(Math.min(0.99, 1.0 - doubt) * 1000) / 1000.0)
                    .setModality(asserted ? Modality.ASSERTED : finest.getModality())
                    .setSources(sources)
                    .setSourceCount(members.size())
                    .setFirstSeen(Objects.requireNonNull(firstSeen))
                    .setLastSeen(Objects.requireNonNull(lastSeen))
                    .build();
        }

        /**
         * The sources an event record carries: all of them up to {@link #MAX_INLINE_SOURCES}; beyond,
         * the earliest reports, the mention that gave the finest date, and the latest ones.
         */
        private List<SourceRef> inlineSources() {
            List<EventMention> byTime = new ArrayList<>(members);
            byTime.sort(FIRST_REPORTED);
            List<EventMention> chosen;
            if (byTime.size() <= MAX_INLINE_SOURCES) {
                chosen = byTime;
            } else {
                java.util.LinkedHashSet<EventMention> pick = new java.util.LinkedHashSet<>(byTime.subList(0, EARLIEST_INLINE));
                pick.add(finest);
                for (int i = byTime.size() - 1; pick.size() < MAX_INLINE_SOURCES; i--) {
                    pick.add(byTime.get(i));
                }
                chosen = new ArrayList<>(pick);
            }
            List<SourceRef> sources = new ArrayList<>(chosen.size());
            for (EventMention m : chosen) {
                sources.add(sourceOf(m));
            }
            sources.sort(SOURCE_ORDER);
            return sources;
        }

        /** Most-mentioned first; ties keep the canonical order in which they were first seen. */
        private static List<Entity> rankByCount(Map<String, Entity> byKey, Map<String, Integer> counts) {
            List<String> keys = new ArrayList<>(byKey.keySet());
            keys.sort(Comparator.comparing((String k) -> -counts.get(k)));
            return keys.stream().map(byKey::get).toList();
        }
    }
}
