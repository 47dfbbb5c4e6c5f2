package dev.dateline.streams.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.extraction.EventType;
import dev.dateline.schema.EntitySummary;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.streams.topology.EntityKeys;
import dev.dateline.streams.topology.EventMerger;
import dev.dateline.streams.topology.Mentions;
import dev.dateline.streams.topology.TimelineKeys;
import dev.dateline.streams.topology.TimelineTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers the HTTP API from the app's state stores. A key lives on one partition, owned by one
 * instance: the answer comes from the local store when this instance owns it, and from the owner
 * (one HTTP hop, marked {@code forwarded}) otherwise. While ownership is moving the answer is
 * "unavailable, retry", never a stale or partial result presented as complete.
 */
public final class TimelineQueries {

    static final ObjectMapper JSON = new ObjectMapper();
    /** How far before {@code from} a coarse event (a decade at most) may start and still overlap the range. */
    private static final int LONGEST_SPAN_DAYS = 3660;
    private static final Serializer<String> KEYS = Serdes.String().serializer();
    private static final Set<String> TYPES = Arrays.stream(EventType.values()).map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));

    private final KafkaStreams streams;
    private final HostInfo self;
    private final EntityKeys entityKeys;
    private final HttpClient http;

    public TimelineQueries(KafkaStreams streams, HostInfo self, EntityKeys entityKeys) {
        this.streams = streams;
        this.self = self;
        this.entityKeys = entityKeys;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** An HTTP answer: status and JSON body. */
    public record Answer(int status, String json) {
    }

    public Answer event(String id, boolean forwarded) {
        KeyQueryMetadata owner = owner(TimelineTopology.EVENTS_STORE, id);
        if (!owner.activeHost().equals(self)) {
            return forward(owner.activeHost(), "/events/" + encode(id), forwarded);
        }
        ReadOnlyKeyValueStore<String, TimelineEvent> store = local(TimelineTopology.EVENTS_STORE, owner.partition());
        TimelineEvent event = store.get(id);
        if (event == null) {
            return new Answer(404, json(Map.of("error", "no event with id '" + id + "'")));
        }
        Map<String, Object> view = JsonViews.event(event);
        if (event.getSourceCount() > event.getSources().size()) {
            view.put("sources", allSources(event));
        }
        return new Answer(200, json(view));
    }

    /**
     * Every source of an event: the event record carries at most 20, all of them are in the
     * event-sources store of the instance that owns the event's merge bucket (asked over HTTP when
     * that is another instance).
     */
    private List<Map<String, Object>> allSources(TimelineEvent event) {
        String bucket = Mentions.bucket(event.getType(), event.getGranularity(), event.getStartDay());
        KeyQueryMetadata owner = owner(TimelineTopology.BUCKET_EVENTS_STORE, bucket);
        if (owner.activeHost().equals(self)) {
            return JsonViews.sources(localSources(owner.partition(), bucket, event.getId()));
        }
        Answer remote = forward(owner.activeHost(), "/internal/sources?bucket=" + encode(bucket) + "&event=" + encode(event.getId()), false);
        if (remote.status() != 200) {
            throw new Unavailable("the sources of event " + event.getId() + " could not be read from " + owner.activeHost()
                    + " (HTTP " + remote.status() + ")");
        }
        try {
            return JSON.readValue(remote.json(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new Unavailable("unreadable sources from " + owner.activeHost(), e);
        }
    }

    /** The sources of one event from this instance's event-sources store (internal route for other instances). */
    public Answer sources(String bucket, String eventId) {
        KeyQueryMetadata owner = owner(TimelineTopology.BUCKET_EVENTS_STORE, bucket);
        if (!owner.activeHost().equals(self)) {
            throw new Unavailable("this instance no longer owns bucket " + bucket);
        }
        return new Answer(200, json(JsonViews.sources(localSources(owner.partition(), bucket, eventId))));
    }

    private List<SourceRef> localSources(int partition, String bucket, String eventId) {
        ReadOnlyKeyValueStore<String, SourceRef> store = local(TimelineTopology.EVENT_SOURCES_STORE, partition);
        List<SourceRef> out = new ArrayList<>();
        try (KeyValueIterator<String, SourceRef> it = store.prefixScan(bucket + '\u0000' + eventId + '\u0000', KEYS)) {
            it.forEachRemaining(kv -> out.add(kv.value));
        } catch (InvalidStateStoreException e) {
            throw new Unavailable("the event-sources store moved while being read (" + e.getMessage() + ")", e);
        }
        out.sort(EventMerger.SOURCE_ORDER);
        return out;
    }

    public Answer timeline(String name, String from, String to, String types, boolean forwarded) {
        LocalDate fromDay = from == null || from.isBlank() ? null : DateParam.start("from", from);
        LocalDate toDay = to == null || to.isBlank() ? null : DateParam.end("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new BadRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        Set<String> typeFilter = parseTypes(types);
        // a name may mean several entities (Baku the city, or Azerbaijan it stands for): the first with a
        // timeline wins; a forwarded request names a storage key exactly
        List<String> keys = forwarded ? List.of(EntityKeys.fold(name)) : entityKeys.candidates(name);
        for (String key : keys) {
            Answer answer = timelineOf(key, name, fromDay, toDay, typeFilter, from, to, types, forwarded);
            if (answer.status() != 404) {
                return answer;
            }
        }
        return new Answer(404, json(Map.of("error", "no timeline for '" + name + "'",
                "hint", "list known entities with GET /entities?q=" + encode(name))));
    }

    private Answer timelineOf(String key, String name, LocalDate fromDay, LocalDate toDay, Set<String> typeFilter,
                              String from, String to, String types, boolean forwarded) {
        KeyQueryMetadata owner = owner(TimelineTopology.TIMELINES_STORE, key);
        if (!owner.activeHost().equals(self)) {
            // the owner is asked for this storage key exactly
            StringBuilder path = new StringBuilder("/timelines/").append(encode(key)).append('?');
            if (from != null) {
                path.append("from=").append(encode(from)).append('&');
            }
            if (to != null) {
                path.append("to=").append(encode(to)).append('&');
            }
            if (types != null) {
                path.append("type=").append(encode(types)).append('&');
            }
            return forward(owner.activeHost(), path.toString(), forwarded);
        }
        ReadOnlyKeyValueStore<String, EntitySummary> entities = local(TimelineTopology.ENTITIES_STORE, owner.partition());
        EntitySummary summary = entities.get(key);
        if (summary == null) {
            return new Answer(404, json(Map.of("error", "no timeline for '" + name + "'",
                    "hint", "list known entities with GET /entities?q=" + encode(name))));
        }
        ReadOnlyKeyValueStore<String, TimelineEvent> timelines = local(TimelineTopology.TIMELINES_STORE, owner.partition());
        String low = fromDay == null ? TimelineKeys.first(key) : TimelineKeys.from(key, fromDay.minusDays(LONGEST_SPAN_DAYS));
        String high = toDay == null ? TimelineKeys.last(key) : TimelineKeys.to(key, toDay);
        List<Map<String, Object>> events = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEvent> it = timelines.range(low, high)) {
            while (it.hasNext()) {
                TimelineEvent e = it.next().value;
                boolean overlaps = fromDay == null || !e.getEndDay().isBefore(fromDay);
                if (overlaps && (typeFilter.isEmpty() || typeFilter.contains(e.getType()))) {
                    events.add(JsonViews.event(e));
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> entity = new LinkedHashMap<>(JsonViews.entity(summary.getEntity()));
        entity.put("key", key);
        entity.put("eventCount", summary.getEventCount());
        body.put("entity", entity);
        body.put("from", fromDay == null ? null : fromDay.toString());
        body.put("to", toDay == null ? null : toDay.toString());
        body.put("types", List.copyOf(typeFilter));
        body.put("count", events.size());
        body.put("events", events);
        return new Answer(200, json(body));
    }

    /**
     * Entities matching {@code query} (by name prefix, word or alias), most events first. Unless
     * {@code localOnly}, asks every other instance for its share and merges; instances that do not
     * answer are listed under {@code unreachable} and the answer is marked {@code partial}.
     */
    public Answer entities(String query, int limit, boolean localOnly) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequest("parameter 'limit' must be between 1 and 10000, got " + limit);
        }
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        localEntities(query).forEach(m -> found.put((String) m.get("key"), m));
        List<String> unreachable = new ArrayList<>();
        if (!localOnly) {
            for (StreamsMetadata md : streams.metadataForAllStreamsClients()) {
                if (md.hostInfo().equals(self) || md.hostInfo().port() <= 0) {
                    continue;
                }
                String path = "/entities?local=true&limit=10000" + (query == null ? "" : "&q=" + encode(query));
                try {
                    HttpResponse<String> r = get(md.hostInfo(), path);
                    if (r.statusCode() != 200) {
                        unreachable.add(md.hostInfo().toString());
                        continue;
                    }
                    Map<String, Object> remote = JSON.readValue(r.body(), new TypeReference<>() { });
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) remote.get("entities");
                    list.forEach(m -> found.putIfAbsent((String) m.get("key"), m));
                } catch (IOException e) {
                    unreachable.add(md.hostInfo().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted while asking " + md.hostInfo(), e);
                }
            }
        }
        List<Map<String, Object>> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing((Map<String, Object> m) -> -((Number) m.get("eventCount")).intValue())
                .thenComparing(m -> (String) m.get("name")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", Math.min(limit, sorted.size()));
        body.put("total", sorted.size());
        body.put("partial", !unreachable.isEmpty());
        body.put("unreachable", unreachable);
        body.put("entities", sorted.subList(0, Math.min(limit, sorted.size())));
        return new Answer(200, json(body));
    }

    private List<Map<String, Object>> localEntities(String query) {
        String folded = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
        List<String> resolved = folded == null ? List.of() : entityKeys.candidates(query);
        ReadOnlyKeyValueStore<String, EntitySummary> store;
        try {
            store = streams.store(StoreQueryParameters.fromNameAndType(TimelineTopology.ENTITIES_STORE,
                    QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new Unavailable("the entities store is not queryable right now (" + e.getMessage() + ")", e);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        try (KeyValueIterator<String, EntitySummary> it = store.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (folded == null || resolved.contains(kv.key) || kv.key.startsWith(folded) || kv.key.contains(" " + folded)) {
                    out.add(JsonViews.summary(kv.key, kv.value));
                }
            }
        } catch (InvalidStateStoreException e) {
            throw new Unavailable("the entities store moved while being read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private KeyQueryMetadata owner(String store, String key) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw new Unavailable("the app is " + state + ", not serving queries");
        }
        KeyQueryMetadata md = streams.queryMetadataForKey(store, key, KEYS);
        if (md == null || md.equals(KeyQueryMetadata.NOT_AVAILABLE) || md.activeHost() == null
                || md.activeHost().port() < 0) {
            throw new Unavailable("partition ownership is being reassigned (rebalance)");
        }
        return md;
    }

    private <V> ReadOnlyKeyValueStore<String, V> local(String store, int partition) {
        try {
            return streams.store(StoreQueryParameters.<ReadOnlyKeyValueStore<String, V>>fromNameAndType(store,
                    QueryableStoreTypes.keyValueStore()).withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw new Unavailable("store " + store + " partition " + partition + " is not queryable right now ("
                    + e.getMessage() + ")", e);
        }
    }

    private Answer forward(HostInfo owner, String pathAndQuery, boolean alreadyForwarded) {
        if (alreadyForwarded) {
            // the instance that sent us here thought we own the key; ownership is moving
            throw new Unavailable("this instance no longer owns the key; ownership is moving");
        }
        String path = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "forwarded=true";
        try {
            HttpResponse<String> r = get(owner, path);
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new Unavailable("the instance that owns this key (" + owner + ") did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking " + owner, e);
        }
    }

    private HttpResponse<String> get(HostInfo host, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> parseTypes(String types) {
        Set<String> out = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            return out;
        }
        for (String t : types.split(",")) {
            String type = t.strip().toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new BadRequest("unknown event type '" + t.strip() + "'; known types: " + String.join(", ", TYPES));
            }
            out.add(type);
        }
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
