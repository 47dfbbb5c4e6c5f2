package dev.dateline.streams.topology;

import dev.dateline.extraction.DateValue;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.Entity;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.Granularity;
import dev.dateline.schema.Modality;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Turns an article into the event mentions the merge step works on, with the extraction engine. */
public final class Mentions implements MentionSource {

    private final Extractor extractor;

    public Mentions(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public List<EventMention> mentionsOf(ArticleEvent article) {
        ExtractionResult result = extractor.extract(article.getBody(), documentDate(article));
        List<EventMention> mentions = new ArrayList<>(result.events().size());
        int ordinal = 0;
        for (ExtractedEvent e : result.events()) {
            DateValue d = e.date();
            mentions.add(EventMention.newBuilder()
                    .setMentionKey(article.getId() + "#" + ordinal++)
                    .setArticleId(article.getId())
                    .setUrl(article.getUrl())
                    .setSource(article.getSource())
                    .setArticleTitle(article.getTitle())
                    .setPublished(article.getPublished())
                    .setDate(d.value())
                    .setGranularity(Granularity.valueOf(d.granularity().name()))
                    .setStartDay(d.startDay())
                    .setEndDay(d.endDay())
                    .setDateText(e.dateText())
                    .setType(e.type().name())
                    .setTitle(e.title())
                    .setActors(e.actors().stream().map(Mentions::entity).toList())
                    .setLocation(e.location() == null ? null : entity(e.location()))
                    .setEvidence(e.evidence())
                    .setEvidenceStart(e.start())
                    .setEvidenceEnd(e.end())
                    .setConfidence(e.confidence())
                    .setModality(Modality.valueOf(e.modality().name()))
                    .build());
        }
        return mentions;
    }

    /** The calendar day the article was published on, in its own time zone when it says one. */
    public static LocalDate documentDate(ArticleEvent article) {
        ZoneId zone = ZoneOffset.UTC;
        if (article.getTimezone() != null) {
            try {
                zone = ZoneId.of(article.getTimezone());
            } catch (DateTimeException unknownZone) {
                zone = ZoneOffset.UTC;
            }
        }
        return LocalDate.ofInstant(article.getPublished(), zone);
    }

    /**
     * The merge bucket of a mention: its type and year. Mentions of one real event share both, so
     * candidates for a merge are always in one bucket on one partition. Dates coarser than a year
     * (decades, centuries) get their own buckets and merge only among themselves.
     */
    public static String bucketOf(EventMention m) {
        return bucket(m.getType(), m.getGranularity(), m.getStartDay());
    }

    /** The merge bucket of an event or mention of this type, granularity and first day. */
    public static String bucket(String type, Granularity granularity, LocalDate startDay) {
        int year = startDay.getYear();
        String period = switch (granularity) {
            case DECADE -> (year / 10) + "X";
            case CENTURY -> (year / 100) + "XX";
            default -> Integer.toString(year);
        };
        return type + "|" + period;
    }

    static Entity entity(dev.dateline.extraction.Entity e) {
        return new Entity(e.name(), e.kind().name());
    }
}
