package dev.dateline.producer;

import dev.dateline.schema.ArticleEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Turns a {@link RawArticle} into an {@link ArticleEvent}, or says exactly which field is wrong. */
public final class ArticleValidator {

    /** Default largest body, in UTF-8 bytes. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_ID_LENGTH = 512;

    private final int maxBodyBytes;

    public ArticleValidator(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The outcome of validating one article: exactly one of {@code article} and {@code rejection} is set. */
    public record Result(ArticleEvent article, Rejection rejection) {
        public boolean isValid() {
            return article != null;
        }
    }

    public Result validate(RawArticle raw) {
        String url = blankToNull(raw.url());
        if (url != null) {
            Optional<String> problem = urlProblem(url);
            if (problem.isPresent()) {
                return reject(raw, "url", problem.get());
            }
        }
        String id = blankToNull(raw.id());
        if (id == null) {
            if (url == null) {
                return reject(raw, "id", "missing, and there is no url to derive a stable id from");
            }
            id = idFromUrl(url);
        } else if (id.length() > MAX_ID_LENGTH) {
            return reject(raw, "id", "is " + id.length() + " characters long, over the limit of " + MAX_ID_LENGTH);
        } else if (id.chars().anyMatch(Character::isISOControl)) {
            return reject(raw, "id", "contains control characters");
        }
        if (raw.published() == null || raw.published().isBlank()) {
            return reject(raw, "published", "missing; accepted formats: " + PublishedTime.ACCEPTED_FORMATS);
        }
        Optional<PublishedTime> published = PublishedTime.parse(raw.published());
        if (published.isEmpty()) {
            return reject(raw, "published", "cannot parse '" + raw.published() + "'; accepted formats: "
                    + PublishedTime.ACCEPTED_FORMATS);
        }
        String body = raw.body();
        if (body == null || body.isBlank()) {
            return reject(raw, "body", "empty");
        }
        // a char is at most 3 UTF-8 bytes, so most bodies need no counting at all
        long bodyBytes = body.length() * 3L <= maxBodyBytes ? 0 : utf8Length(body);
        if (bodyBytes > maxBodyBytes) {
            return reject(raw, "body", "is " + bodyBytes + " bytes, over the limit of " + maxBodyBytes
                    + " bytes (raise it with --max-body-bytes)");
        }
        String timezone = published.get().timezone();
        if (raw.timezone() != null) {
            timezone = blankToNull(raw.timezone());
            if (timezone != null && !isZone(timezone)) {
                return reject(raw, "timezone", "'" + timezone + "' is not a UTC offset (+09:00, Z) or a zone id (Asia/Seoul)");
            }
        }
        long revision = 0;
        if (raw.revision() != null && !raw.revision().isBlank()) {
            try {
                revision = Long.parseLong(raw.revision().trim());
            } catch (NumberFormatException e) {
                return reject(raw, "revision", "'" + raw.revision() + "' is not a whole number");
            }
            if (revision < 0) {
                return reject(raw, "revision", "must not be negative, got " + revision);
            }
        }
        java.time.Instant fetched = null;
        if (raw.fetched() != null && !raw.fetched().isBlank()) {
            Optional<PublishedTime> f = PublishedTime.parse(raw.fetched());
            if (f.isEmpty()) {
                return reject(raw, "fetched", "cannot parse '" + raw.fetched() + "'; accepted formats: "
                        + PublishedTime.ACCEPTED_FORMATS);
            }
            fetched = f.get().instant();
        }
        // the all-arguments constructor, not the builder: the builder validates and copies
        // defaults for every field of every article, and every field here is already checked
        ArticleEvent article = new ArticleEvent(id, url, blankToNull(raw.source()), blankToNull(raw.title()), body,
                published.get().instant(), blankToNull(raw.language()), revision, fetched, timezone);
        return new Result(article, null);
    }

    /** A stable id for an article that has none: a SHA-256 of its URL. */
    public static String idFromUrl(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.trim().getBytes(StandardCharsets.UTF_8));
            return "url-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("'" + url + "' is not an http(s) URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("'" + url + "' has no host");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    private static Result reject(RawArticle raw, String field, String reason) {
        return new Result(null, new Rejection(raw.origin(field), field, reason, raw.verbatim()));
    }

    private static boolean isZone(String timezone) {
        try {
            java.time.ZoneId.of(timezone);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** The UTF-8 length of {@code s}, as {@link String#getBytes} would encode it, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // an unpaired surrogate is encoded as '?'
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
