package dev.dateline.schema.serde;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.TimelineUpdate;

/** The serdes of Dateline's public topics. */
public final class DatelineSerdes {

    private DatelineSerdes() {
    }

    public static AvroSerde<ArticleEvent> articleEvent() {
        return new AvroSerde<>(ArticleEvent.class);
    }

    public static AvroSerde<TimelineEvent> timelineEvent() {
        return new AvroSerde<>(TimelineEvent.class);
    }

    public static AvroSerde<TimelineUpdate> timelineUpdate() {
        return new AvroSerde<>(TimelineUpdate.class);
    }
}
