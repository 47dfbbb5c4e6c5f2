package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known actors and places by every alias, compiled into a trie over lower-case tokens so that a
 * text is matched in one pass, longest alias first.
 */
final class Gazetteer {

    /** One gazetteer reading: the entity, and what it stands for when it acts (a capital's country). */
    record Entry(Entity entity, Entity standsFor) {
    }

    /** A context alias: an alias valid only once one of {@code requires} has been seen. */
    record ContextAlias(Entity entity, List<String> requires) {
    }

    static final class Node {
        Map<String, Node> next;
        Entry entry;
    }

    private final Node root = new Node();
    private final Map<String, Entry> byAlias = new HashMap<>();
    private final Map<String, Entity> byName = new LinkedHashMap<>();
    private final Map<String, ContextAlias> contextAliases = new HashMap<>();
    private final Map<Entity, List<Office>> offices = new HashMap<>();
    private final Map<Entity, Entity> centralBanks = new HashMap<>();
    private int maxLength;

    /** A term as head of state or government: the country led, first day, day after the last (null: still in office). */
    record Office(Entity country, LocalDate from, LocalDate until) {
        boolean covers(DateValue date) {
            return !date.endDay().isBefore(from) && (until == null || date.startDay().isBefore(until));
        }
    }

    Gazetteer(List<List<Resources.Line>> tables, List<Resources.Line> contextTable) {
        for (List<Resources.Line> table : tables) {
            for (Resources.Line line : table) {
                String[] c = line.columns(3);
                EntityKind kind;
                try {
                    kind = EntityKind.valueOf(c[2].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error("unknown entity kind " + c[2]);
                }
                Entity entity = new Entity(c[1], kind);
                Entity standsFor = null;
                if (c.length > 3 && !c[3].isEmpty()) {
                    standsFor = byName.get(c[3].toLowerCase(Locale.ROOT));
                    if (standsFor == null) {
                        throw line.error("'" + c[3] + "' must be listed before what stands for it");
                    }
                }
                add(c[0], new Entry(entity, standsFor));
                // "Federal Reserve", "Bank of Japan", "Riksbank": a bank the table says belongs to a country
                String lower = entity.name().toLowerCase(Locale.ROOT);
                if (kind == EntityKind.ORGANIZATION && standsFor != null && standsFor.kind() == EntityKind.COUNTRY
                        && (lower.contains("bank") || lower.contains("reserve"))) {
                    centralBanks.putIfAbsent(standsFor, entity);
                }
                if (c.length > 4 && !c[4].isEmpty()) {
                    offices.put(entity, parseOffices(line, c[4]));
                }
            }
        }
        for (Resources.Line line : contextTable) {
            String[] c = line.columns(4);
            Entity entity = new Entity(c[1], EntityKind.valueOf(c[2]));
            contextAliases.put(c[0].toLowerCase(Locale.ROOT), new ContextAlias(entity, List.of(c[3].split("\\|"))));
        }
    }

    private void add(String alias, Entry entry) {
        String key = alias.toLowerCase(Locale.ROOT).strip();
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        byAlias.put(key, entry);
        byName.putIfAbsent(entry.entity().name().toLowerCase(Locale.ROOT), entry.entity());
        Tokens t = Tokens.of(key);
        Node node = root;
        for (int i = 0; i < t.size; i++) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t.lower[i], k -> new Node());
        }
        node.entry = entry; // a later table (the user's) overrides
        maxLength = Math.max(maxLength, t.size);
    }

    /** The reading of an alias or a name, case-insensitively. */
    Entry lookup(String nameOrAlias) {
        String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        Entry e = byAlias.get(key);
        if (e == null) {
            Entity named = byName.get(key);
            return named == null ? null : new Entry(named, null);
        }
        return e;
    }

    /**
     * Terms read as {@code Country YYYY-MM-DD..YYYY-MM-DD}, several joined by {@code ;}; an open end
     * means still in office.
     */
    private List<Office> parseOffices(Resources.Line line, String column) {
        List<Office> out = new ArrayList<>();
        for (String term : column.split(";")) {
            String s = term.strip();
            int space = s.lastIndexOf(' ');
            int dots = s.indexOf("..", Math.max(space, 0));
            if (space < 0 || dots < 0) {
                throw line.error("an office reads 'Country YYYY-MM-DD..YYYY-MM-DD'");
            }
            Entity country = byName.get(s.substring(0, space).strip().toLowerCase(Locale.ROOT));
            if (country == null) {
                throw line.error("unknown country '" + s.substring(0, space).strip() + "' in an office");
            }
            try {
                LocalDate from = LocalDate.parse(s.substring(space + 1, dots));
                String end = s.substring(dots + 2);
                out.add(new Office(country, from, end.isEmpty() ? null : LocalDate.parse(end)));
            } catch (java.time.format.DateTimeParseException e) {
                throw line.error("bad date in an office");
            }
        }
        return List.copyOf(out);
    }

    /** The country {@code person} led on {@code date}, or null. */
    Entity officeOn(Entity person, DateValue date) {
        List<Office> terms = offices.get(person);
        if (terms == null) {
            return null;
        }
        for (Office o : terms) {
            if (o.covers(date)) {
                return o.country();
            }
        }
        return null;
    }

    /** Whether {@code person} led {@code country} at some time, by the gazetteer. */
    boolean led(Entity person, Entity country) {
        List<Office> terms = offices.get(person);
        return terms != null && terms.stream().anyMatch(o -> o.country().equals(country));
    }

    ContextAlias contextAlias(String phrase) {
        return contextAliases.get(phrase);
    }

    /** A country's central bank, the first bank the tables list as standing for it ("Egypt's central bank"). */
    Entity centralBank(Entity country) {
        return centralBanks.get(country);
    }

    /** Every canonical entity, in the order the tables list them. */
    List<Entity> entities() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** The longest alias starting at token {@code i}: its entry and end token, or null. */
    Match longest(Tokens t, int i, int limit) {
        Node node = root;
        Match best = null;
        for (int k = i; k < limit && k < i + maxLength; k++) {
            if (node.next == null) {
                break;
            }
            node = node.next.get(t.lower[k]);
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                best = new Match(node.entry, i, k + 1);
            }
        }
        return best;
    }

    record Match(Entry entry, int from, int to) {
    }
}
