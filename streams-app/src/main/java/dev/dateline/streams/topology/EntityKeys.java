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
        return fold(entity.getName());
    }

    /** The storage key for a name or alias typed by a user. */
    public String resolve(String nameOrAlias) {
        String trimmed = nameOrAlias.strip();
        return extractor.resolveEntity(trimmed).map(e -> fold(e.name())).orElse(fold(trimmed));
    }

    static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        return SPACES.matcher(n).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
