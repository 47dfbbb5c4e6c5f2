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

    /** A record that could not be parsed; {@code verbatim} is its text as read. */
    record Unreadable(Origin origin, String reason, String verbatim) implements InputRecord {
    }
}
