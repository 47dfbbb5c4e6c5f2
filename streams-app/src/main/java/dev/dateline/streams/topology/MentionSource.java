package dev.dateline.streams.topology;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.EventMention;
import java.util.List;

/** Where the topology gets an article's event mentions from: the extraction engine, in production. */
@FunctionalInterface
public interface MentionSource {
    List<EventMention> mentionsOf(ArticleEvent article);
}
