package dev.dateline.streams.topology;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.ArticleState;
import dev.dateline.schema.Contribution;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.MentionBatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Extracts an article's event mentions and sends them, grouped by merge bucket, to the merge step.
 *
 * <p>Per article id it remembers a content fingerprint, the revision and which mentions it
 * contributed. The same content delivered again changes nothing; an older revision arriving after
 * a newer one is ignored; a new revision (or a tombstone, which withdraws the article) retracts
 * everything the previous revision contributed, in the same batch that adds its new mentions, so
 * that downstream never sees the article half-replaced.
 */
final class ExtractMentionsProcessor implements Processor<String, ArticleEvent, String, MentionBatch> {

    private final MentionSource mentions;
    private final TopologyMetrics metrics;
    private final int maxBodyBytes;
    private ProcessorContext<String, MentionBatch> context;
    private KeyValueStore<String, ArticleState> articles;

    ExtractMentionsProcessor(MentionSource mentions, TopologyMetrics metrics, int maxBodyBytes) {
        this.mentions = mentions;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void init(ProcessorContext<String, MentionBatch> context) {
        this.context = context;
        this.articles = context.getStateStore(TimelineTopology.ARTICLE_STATE_STORE);
    }

    @Override
    public void process(Record<String, ArticleEvent> record) {
        String id = record.key();
        ArticleEvent article = record.value();
        if (id == null) {
            throw new InvalidArticleException("record has no key; the key must be the article id");
        }
        ArticleState previous = articles.get(id);
        if (article == null) {
            if (previous != null) {
                emit(record, id, previous.getContributions(), List.of());
                articles.delete(id);
            }
            return;
        }
        validate(id, article);
        String fingerprint = fingerprint(article);
        if (previous != null && previous.getFingerprint().equals(fingerprint)) {
            metrics.duplicateArticle();
            return;
        }
        if (previous != null && isOlder(article, previous)) {
            metrics.staleRevision();
            return;
        }
        long began = System.nanoTime();
        List<EventMention> extracted = mentions.mentionsOf(article);
        metrics.extracted(article.getBody().length(), extracted.size(), System.nanoTime() - began);
        List<Contribution> contributions = new ArrayList<>(extracted.size());
        for (EventMention m : extracted) {
            contributions.add(new Contribution(Mentions.bucketOf(m), m.getMentionKey()));
        }
        emit(record, id, previous == null ? List.of() : previous.getContributions(), extracted);
        articles.put(id, ArticleState.newBuilder()
                .setArticleId(id)
                .setFingerprint(fingerprint)
                .setRevision(article.getRevision())
                .setFetched(article.getFetched())
                .setContributions(contributions)
                .build());
    }

    private void emit(Record<String, ArticleEvent> record, String id, List<Contribution> retracted,
                      List<EventMention> added) {
        Map<String, MentionBatch> byBucket = new TreeMap<>();
        for (Contribution c : retracted) {
            batch(byBucket, c.getBucket(), id).getRemoved().add(c.getMentionKey());
        }
        for (EventMention m : added) {
            batch(byBucket, Mentions.bucketOf(m), id).getAdded().add(m);
        }
        byBucket.forEach((bucket, batch) -> context.forward(record.withKey(bucket).withValue(batch)));
    }

    private static MentionBatch batch(Map<String, MentionBatch> byBucket, String bucket, String articleId) {
        return byBucket.computeIfAbsent(bucket, b -> new MentionBatch(articleId, new ArrayList<>(), new ArrayList<>()));
    }

    private void validate(String key, ArticleEvent article) {
        if (!key.equals(article.getId())) {
            throw new InvalidArticleException("record key '" + key + "' is not the article id '" + article.getId() + "'");
        }
        String body = article.getBody();
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("article '" + key + "' has an empty body");
        }
        // a UTF-8 character takes at most 3 bytes per UTF-16 unit, so short bodies need no encoding
        if ((long) body.length() * 3 > maxBodyBytes) {
            int bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > maxBodyBytes) {
                throw new InvalidArticleException("article '" + key + "' has a body of " + bytes + " bytes, over the limit of "
                        + maxBodyBytes + " (dateline.max.body.bytes)");
            }
        }
    }

    /** An incoming revision is older when its revision number is lower, or equal with an earlier fetch time. */
    static boolean isOlder(ArticleEvent incoming, ArticleState known) {
        if (incoming.getRevision() != known.getRevision()) {
            return incoming.getRevision() < known.getRevision();
        }
        return incoming.getFetched() != null && known.getFetched() != null
                && incoming.getFetched().isBefore(known.getFetched());
    }

    static String fingerprint(ArticleEvent a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {a.getBody(), a.getTitle(), a.getPublished().toEpochMilli(), a.getTimezone(),
                    a.getUrl(), a.getSource(), a.getRevision()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
