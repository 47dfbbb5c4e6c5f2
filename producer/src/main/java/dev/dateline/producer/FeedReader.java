package dev.dateline.producer;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.located.Located;
import org.jdom2.located.LocatedJDOMFactory;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Reads the entries of an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed file with ROME. A feed is a
 * bounded document, so it is parsed whole; each entry becomes one record whose origin is the line
 * the entry starts on.
 *
 * <p>ROME gives publication dates as {@code java.util.Date}, which drops the offset an article was
 * published at, and Dateline needs it (it decides which calendar day "yesterday" is). So the XML is
 * parsed into a line-numbered JDOM tree first, ROME builds the feed from that tree, and the date's
 * original text (and the line of each field, for error messages) is read from the entry's element.
 *
 * <p>Field mapping: id = RSS {@code guid} / Atom {@code id} (absent: derived from the url); url =
 * the entry's link; title; source = the entry's source feed, else the feed's title; published =
 * RSS {@code pubDate} or {@code dc:date} / Atom {@code published}, else {@code updated}; body = the
 * full content ({@code content:encoded}, Atom {@code content}), else the description or summary,
 * turned from HTML into plain text with paragraph breaks kept; language = the feed's language.
 */
public final class FeedReader implements Iterator<InputRecord>, AutoCloseable {

    private static final XMLOutputter VERBATIM = new XMLOutputter(Format.getRawFormat());

    private final List<InputRecord> records;
    private int next;

    private FeedReader(List<InputRecord> records) {
        this.records = records;
    }

    /** Parses the feed; a feed that is not well-formed XML, or not a feed, is one unreadable record. */
    public static FeedReader read(InputStream in, String inputName) throws IOException {
        Document document;
        try {
            document = builder().build(in);
        } catch (JDOMException e) {
            return new FeedReader(List.of(new InputRecord.Unreadable(new Origin(inputName, lineOf(e)),
                    "not a well-formed XML feed: " + (e.getCause() instanceof org.xml.sax.SAXParseException p
                            ? p.getMessage() : e.getMessage()), "")));
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | IllegalArgumentException e) {
            return new FeedReader(List.of(new InputRecord.Unreadable(new Origin(inputName, 1),
                    "not an RSS or Atom feed: " + e.getMessage(), "")));
        }
        List<Element> elements = entryElements(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        List<InputRecord> records = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element element = elements.size() == entries.size() ? elements.get(i) : null;
            records.add(new InputRecord.Parsed(article(feed, entries.get(i), element, inputName, i + 1)));
        }
        return new FeedReader(records);
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING, null, new LocatedJDOMFactory());
        // a feed file is untrusted: no external entities, no external DTDs
        builder.setExpandEntities(false);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return builder;
    }

    private static long lineOf(JDOMException e) {
        if (e.getCause() instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0) {
            return p.getLineNumber();
        }
        return 0;
    }

    /** The {@code item} / {@code entry} elements in document order (RSS 2.0: under channel; RSS 1.0 and Atom: under the root). */
    private static List<Element> entryElements(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String name = child.getName();
            if (name.equals("item") || name.equals("entry")) {
                out.add(child);
            } else if (name.equals("channel")) {
                for (Element item : child.getChildren()) {
                    if (item.getName().equals("item")) {
                        out.add(item);
                    }
                }
            }
        }
        return out;
    }

    private static RawArticle article(SyndFeed feed, SyndEntry entry, Element element, String inputName, int index) {
        long entryLine = element instanceof Located l ? l.getLine() : index;
        Map<String, Long> lines = new HashMap<>();
        String id = entry.getUri();
        String published = null;
        String verbatim = "";
        if (element != null) {
            Element idElement = child(element, "guid", "id");
            id = idElement == null ? null : idElement.getTextTrim();
            line(lines, "id", idElement);
            Element date = child(element, "pubDate", "date", "published", "issued", "updated", "modified");
            published = date == null ? null : date.getTextTrim();
            line(lines, "published", date);
            line(lines, "url", child(element, "link"));
            line(lines, "title", child(element, "title"));
            line(lines, "body", child(element, "encoded", "content", "description", "summary"));
            verbatim = VERBATIM.outputString(element);
        } else if (entry.getPublishedDate() != null) {
            published = entry.getPublishedDate().toInstant().toString();
        }
        String source = entry.getSource() != null && entry.getSource().getTitle() != null
                ? entry.getSource().getTitle() : feed.getTitle();
        return new RawArticle(id, entry.getLink(), source, text(entry.getTitleEx(), entry.getTitle()), published,
                body(entry), feed.getLanguage(), null, null, null, new Origin(inputName, entryLine), verbatim, lines);
    }

    /** The first child, in the order of {@code names}, whatever its namespace. */
    private static Element child(Element parent, String... names) {
        for (String name : names) {
            for (Element c : parent.getChildren()) {
                if (c.getName().equals(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static void line(Map<String, Long> lines, String field, Element element) {
        if (element instanceof Located l && l.getLine() > 0) {
            lines.put(field, (long) l.getLine());
        }
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = text(content, null);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return text(entry.getDescription(), null);
    }

    private static String text(SyndContent content, String fallback) {
        if (content == null || content.getValue() == null) {
            return fallback;
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return content.getValue().strip();
        }
        return HtmlText.of(content.getValue());
    }

    @Override
    public boolean hasNext() {
        return next < records.size();
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return records.get(next++);
    }

    @Override
    public void close() {
        // the feed was read whole when it was opened
    }
}
