package dev.dateline.extraction;

import java.util.Objects;

/** A normalised actor or place: canonical name and kind. */
public record Entity(String name, EntityKind kind) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
