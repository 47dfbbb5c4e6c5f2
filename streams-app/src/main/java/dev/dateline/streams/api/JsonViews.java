package dev.dateline.streams.api;

import dev.dateline.schema.Entity;
import dev.dateline.schema.EntitySummary;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the HTTP API, built from the Avro records (documented in docs/api.md). */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("date", e.getDate());
        m.put("granularity", e.getGranularity().name());
        m.put("startDay", e.getStartDay().toString());
        m.put("endDay", e.getEndDay().toString());
        m.put("type", e.getType());
        m.put("title", e.getTitle());
        m.put("actors", e.getActors().stream().map(JsonViews::entity).toList());
        m.put("location", e.getLocation() == null ? null : entity(e.getLocation()));
        m.put("confidence", e.getConfidence());
        m.put("modality", e.getModality().name());
        m.put("firstSeen", e.getFirstSeen().toString());
        m.put("lastSeen", e.getLastSeen().toString());
        m.put("sourceCount", Math.max(e.getSourceCount(), e.getSources().size()));
        m.put("sources", sources(e.getSources()));
        return m;
    }

    public static List<Map<String, Object>> sources(List<SourceRef> refs) {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (SourceRef s : refs) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("articleId", s.getArticleId());
            sm.put("url", s.getUrl());
            sm.put("source", s.getSource());
            sm.put("title", s.getTitle());
            sm.put("published", s.getPublished().toString());
            sm.put("evidence", s.getEvidence());
            sm.put("evidenceStart", s.getEvidenceStart());
            sm.put("evidenceEnd", s.getEvidenceEnd());
            sm.put("dateText", s.getDateText());
            sm.put("date", s.getDate());
            sm.put("confidence", s.getConfidence());
            sources.add(sm);
        }
        return sources;
    }

    public static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.getName());
        m.put("kind", e.getKind());
        return m;
    }

    public static Map<String, Object> summary(String key, EntitySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("name", s.getEntity().getName());
        m.put("kind", s.getEntity().getKind());
        m.put("eventCount", s.getEventCount());
        m.put("firstDay", s.getFirstDay() == null ? null : s.getFirstDay().toString());
        m.put("lastDay", s.getLastDay() == null ? null : s.getLastDay().toString());
        return m;
    }
}
