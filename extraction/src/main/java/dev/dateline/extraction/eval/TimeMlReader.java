package dev.dateline.extraction.eval;

import dev.dateline.extraction.TimexType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads TimeML 1.2 files (TimeBank, AQUAINT as cleaned for TempEval-3): the raw text of the
 * {@code TEXT} element, the {@code TIMEX3}s inside it with their offsets in that text, and the
 * document creation time from the {@code CREATION_TIME} TIMEX3.
 */
public final class TimeMlReader {

    private TimeMlReader() {
    }

    public static AnnotatedDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnnotatedDocument read(String name, InputStream in) throws IOException {
        Handler h = new Handler();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.parse(in, h);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a TimeML file: " + name + ": " + e.getMessage(), e);
        }
        if (h.dct == null) {
            throw new IOException("no CREATION_TIME TIMEX3 in " + name);
        }
        return new AnnotatedDocument(name, h.text.toString(), h.dct, h.timexes);
    }

    /** The day of a TIMEX3 value such as {@code 1998-01-08} or {@code 19980108} or {@code 1998-01-08T10:00}. */
    static LocalDate dayOf(String value) {
        String v = value.trim();
        if (v.length() >= 10 && v.charAt(4) == '-') {
            return LocalDate.parse(v.substring(0, 10));
        }
        if (v.length() >= 8 && v.chars().limit(8).allMatch(Character::isDigit)) {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        }
        throw new IllegalArgumentException("not a day: " + value);
    }

    static TimexType typeOf(String type) {
        try {
            return TimexType.valueOf(type == null ? "DATE" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TimexType.DATE;
        }
    }

    private static final class Handler extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        final List<AnnotatedDocument.GoldTimex> timexes = new ArrayList<>();
        LocalDate dct;
        boolean inText;
        int timexStart = -1;
        String type;
        String value;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (qName.equals("TEXT")) {
                inText = true;
            } else if (qName.equals("TIMEX3")) {
                String function = atts.getValue("functionInDocument");
                if ("CREATION_TIME".equals(function) && dct == null) {
                    dct = dayOf(atts.getValue("value"));
                }
                if (inText) {
                    timexStart = text.length();
                    type = atts.getValue("type");
                    value = atts.getValue("value");
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (qName.equals("TEXT")) {
                inText = false;
            } else if (qName.equals("TIMEX3") && inText && timexStart >= 0) {
                int start = timexStart;
                int end = text.length();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    timexes.add(new AnnotatedDocument.GoldTimex(start, end, typeOf(type), value == null ? "" : value));
                }
                timexStart = -1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }
}
