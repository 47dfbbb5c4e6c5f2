package dev.dateline.producer;

/** One record read from an input: an article to validate, or a record that could not even be parsed. */
public sealed interface InputRecord {

    Origin origin();

    /** A parsed article. */
    record Parsed(RawArticle article) implements InputRecord {
        @Override
        public Origin origin() {
            return article.origin();
        }
    }

    /**
     * A record that could not be parsed; {@code verbatim} is its text as read, {@code field} the
     * field at fault when one is (null when the record as a whole is unreadable).
     */
    record Unreadable(Origin origin, String field, String reason, String verbatim) implements InputRecord {

        public Unreadable(Origin origin, String reason, String verbatim) {
            this(origin, null, reason, verbatim);
        }

        public Rejection rejection() {
            return new Rejection(origin, field, reason, verbatim);
        }
    }
}
