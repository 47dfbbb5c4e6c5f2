package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an event's title reads ({@code event-titles.tsv}): "{subject} {verb} {rest}{ in place}", such as "North
 * Korea conducts nuclear test" or "Kim Jong-un and Donald Trump hold summit in Hanoi"; planned events read
 * "{subject} to {base verb} {rest}", and an event that names no one is titled by its word or its type ("Earthquake
 * in Japan", "Election"). The engine titles its events with it; so may anything that makes or changes events.
 * Immutable and thread-safe.
 */
public final class EventTitles {

    private static final Set<EntityKind> KINDS_FIRST = Set.of(EntityKind.PERSON, EntityKind.COUNTRY,
            EntityKind.ORGANIZATION, EntityKind.GROUP);

    private record Template(String verb, String base, String rest) {
    }

    private final Map<EventType, Template> templates = new EnumMap<>(EventType.class);

    EventTitles(List<Resources.Line> lines) {
        for (Resources.Line line : lines) {
            String[] c = line.text().split("\t", -1);
            if (c.length < 4) {
                throw line.error("expected type, verb, base verb and rest");
            }
            templates.put(EventType.valueOf(c[0].strip()), new Template(c[1].strip(), c[2].strip(), c[3].strip()));
        }
    }

    /** The titles the engine uses (the bundled {@code event-titles.tsv}). */
    public static EventTitles bundled() {
        return new EventTitles(Resources.bundled("event-titles.tsv"));
    }

    /**
     * The title of an event.
     *
     * @param type     its type
     * @param actors   its participants, most salient first
     * @param location where it happened, or null
     * @param modality asserted, planned, ...
     * @param trigger  the word that names it in the text, used when no one is named for a disaster, an accident, a
     *                 crash, a protest, an attack or a death ("Earthquake in Japan"); null titles those by their type
     */
    public String title(EventType type, List<Entity> actors, Entity location, Modality modality, String trigger) {
        Template tpl = templates.get(type);
        String where = location == null ? "" : " in " + location.name();
        List<Entity> named = new ArrayList<>();
        boolean agentFirst = type == EventType.SATELLITE_LAUNCH || type == EventType.MISSILE_LAUNCH
                || type == EventType.LAUNCH || type == EventType.NUCLEAR_TEST || type == EventType.PRODUCT_RELEASE;
        for (Entity a : actors) {
            if (agentFirst && KINDS_FIRST.contains(a.kind())) {
                named.add(a);
            }
        }
        for (Entity a : actors) {
            if (!named.contains(a)) {
                named.add(a);
            }
        }
        if (named.isEmpty() || tpl == null) {
            String typeNoun = capitalise(type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            String noun = switch (type) {
                case DISASTER, ACCIDENT, CRASH, PROTEST, ATTACK, DEATH -> trigger == null ? typeNoun : capitalise(trigger);
                default -> typeNoun;
            };
            return noun + where;
        }
        boolean pair = type == EventType.SUMMIT || type == EventType.MEETING || type == EventType.CALL
                || type == EventType.AGREEMENT;
        String subject = named.get(0).name();
        // two actors are plural, one name with "and" inside ("Wuhan Iron and Steel") is not
        boolean plural = pair && named.size() >= 2 && named.get(1).kind() == named.get(0).kind();
        if (plural) {
            subject = subject + " and " + named.get(1).name();
        }
        String verb = modality == Modality.PLANNED ? "to " + tpl.base() : plural ? tpl.base() : tpl.verb();
        String rest = tpl.rest().isEmpty() ? "" : " " + tpl.rest();
        return collapseSpaces(subject + " " + verb + rest + where);
    }

    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
