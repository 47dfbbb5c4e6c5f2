package dev.dateline.extraction;

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
    private int maxLength;

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

    ContextAlias contextAlias(String phrase) {
        return contextAliases.get(phrase);
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
