package dev.dateline.extraction;

import java.util.Objects;

/** A normalised actor or place: canonical name and kind. */
public record Entity(String name, EntityKind kind) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The same in every run: the record's own hash mixes in the kind's identity hash, which differs from one
     * JVM to the next, so hash maps of entities iterated in a different order from run to run, and a tie between
     * equally named entities (the protagonist, the country named most) went one way or the other.
     */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + kind.ordinal();
    }
}
