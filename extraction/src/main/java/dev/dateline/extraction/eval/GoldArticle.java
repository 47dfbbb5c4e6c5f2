package dev.dateline.extraction.eval;

import dev.dateline.extraction.Modality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** A gold article of the project's event set: the article and its hand-made events. */
public record GoldArticle(String id, String title, LocalDate published, String body, List<GoldEvent> events) {

    public GoldArticle {
        events = List.copyOf(events);
    }

    /** A gold event: TIMEX3 date value, type name, acceptable participant names, modality. */
    public record GoldEvent(String date, String type, List<String> participants, Modality modality, String dateText,
                            String evidence) {
        public GoldEvent {
            participants = List.copyOf(participants);
        }
    }

    /** Every {@code *.json} article under {@code dir}, in file-name order. */
    public static List<GoldArticle> loadAll(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    public static GoldArticle read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static GoldArticle parse(String json, String name) {
        Object root = Json.parse(json);
        if (!(root instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(name + ": not a JSON object");
        }
        Map<String, Object> a = (Map<String, Object>) m;
        String id = str(a.get("id"), name);
        String body = str(a.get("body"), "");
        LocalDate published = publishedDay(str(a.get("published"), ""), name);
        List<GoldEvent> events = parseEvents(a.get("events"), name);
        return new GoldArticle(id, str(a.get("title"), ""), published, body, events);
    }

    /**
     * The events of a JSON array in the gold format ({@code date}, {@code type}, {@code participants},
     * {@code modality}, {@code dateText}, {@code evidence}); {@code where} names the file in errors.
     */
    @SuppressWarnings("unchecked")
    public static List<GoldEvent> parseEvents(Object evs, String where) {
        List<GoldEvent> events = new ArrayList<>();
        if (evs == null) {
            return events;
        }
        if (!(evs instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": events is not a JSON array");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + ": event " + (i + 1) + " is not a JSON object");
            }
            Map<String, Object> e = (Map<String, Object>) m;
            List<String> participants = new ArrayList<>();
            Object ps = e.get("participants");
            if (ps instanceof List<?> pl) {
                for (Object p : pl) {
                    participants.add(String.valueOf(p));
                }
            } else if (ps != null) {
                participants.add(String.valueOf(ps));
            }
            Modality modality = Modality.ASSERTED;
            String mod = str(e.get("modality"), "");
            if (!mod.isEmpty()) {
                try {
                    modality = Modality.valueOf(mod.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException(where + ": event " + (i + 1) + ": unknown modality '" + mod + "'",
                            bad);
                }
            }
            events.add(new GoldEvent(str(e.get("date"), ""), str(e.get("type"), "OTHER"), participants, modality,
                    str(e.get("dateText"), ""), str(e.get("evidence"), "")));
        }
        return events;
    }

    /** The publication day in the publisher's own zone ({@code 2023-12-05T08:00:00+09:00} gives 2023-12-05). */
    public static LocalDate publishedDay(String published, String name) {
        try {
            return OffsetDateTime.parse(published).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(name + ": bad published date '" + published + "'", e2);
            }
        }
    }

    private static String str(Object o, String dflt) {
        return o == null ? dflt : String.valueOf(o);
    }
}
