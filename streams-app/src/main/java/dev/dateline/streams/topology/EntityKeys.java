package dev.dateline.streams.topology;

import dev.dateline.extraction.Extractor;
import dev.dateline.schema.Entity;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The key an entity's timeline is stored under: its canonical name, folded to lower case with
 * Unicode compatibility forms and spacing normalised. A query name is first resolved through the
 * extraction gazetteer, so {@code DPRK}, {@code north korea} and {@code North Korea} all find the
 * same timeline.
 */
public final class EntityKeys {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Extractor extractor;

    public EntityKeys(Extractor extractor) {
        this.extractor = extractor;
    }

    public static String keyOf(Entity entity) {
        String name = entity.getName();
        String key = FOLDED.get(name);
        if (key == null) {
            if (FOLDED.size() > 100_000) {
                FOLDED.clear();
            }
            key = fold(name);
            FOLDED.put(name, key);
        }
        return key;
    }

    /** Names seen recently, folded: the merge step asks for the same few names over and over. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The storage key for a name or alias typed by a user: its most likely meaning. */
    public String resolve(String nameOrAlias) {
        return candidates(nameOrAlias).get(0);
    }

    /**
     * The storage keys a name may denote, most likely first: the entity an alias stands for
     * ({@code DPRK}, {@code Pyongyang} → North Korea), the place itself ({@code Baku} as where things
     * happened), and the name as typed.
     */
    public java.util.List<String> candidates(String nameOrAlias) {
        String trimmed = nameOrAlias.strip();
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        extractor.resolveEntity(trimmed).ifPresent(e -> keys.add(fold(e.name())));
        extractor.resolvePlace(trimmed).ifPresent(e -> keys.add(fold(e.name())));
        keys.add(fold(trimmed));
        return java.util.List.copyOf(keys);
    }

    /** A name folded as storage keys are: Unicode compatibility forms, single spaces, lower case. */
    public static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        return SPACES.matcher(n).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
