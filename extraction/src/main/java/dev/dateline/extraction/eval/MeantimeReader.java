package dev.dateline.extraction.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads NewsReader MEANTIME XML: the text is rebuilt from the tokens (a space between tokens,
 * none before closing punctuation, a line break between sentences) and each TIMEX3 markable spans
 * its anchored tokens. The creation time comes from the TIMEX3 whose function is CREATION_TIME;
 * it is anchored in the text (the dateline) and, unlike TimeML's, is scored like any other.
 * MEANTIME annotates only the opening sentences of each article, so the text ends with the last
 * sentence that holds any markable: expressions beyond it would count as false positives.
 */
public final class MeantimeReader {

    private MeantimeReader() {
    }

    /** True when the file looks like MEANTIME ({@code <Document} with {@code <token t_id}). */
    public static boolean isMeantime(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(600), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<Document") && head.contains("t_id=");
        } catch (IOException e) {
            return false;
        }
    }

    public static AnnotatedDocument read(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            return read(file.getFileName().toString(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not a MEANTIME file: " + file + ": " + e.getMessage(), e);
        }
    }

    private static AnnotatedDocument read(String name, Document doc) {
        NodeList tokens = doc.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        Map<String, Integer> sentenceOf = new HashMap<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element tok = (Element) tokens.item(i);
            sentenceOf.put(tok.getAttribute("t_id"), Integer.parseInt(tok.getAttribute("sentence")));
        }
        int lastAnnotated = -1;
        NodeList anchorsAll = doc.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchorsAll.getLength(); i++) {
            Integer sIdx = sentenceOf.get(((Element) anchorsAll.item(i)).getAttribute("t_id"));
            if (sIdx != null) {
                lastAnnotated = Math.max(lastAnnotated, sIdx);
            }
        }
        String sentence = null;
        boolean noSpace = false;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element tok = (Element) tokens.item(i);
            String word = tok.getTextContent();
            String s = tok.getAttribute("sentence");
            if (Integer.parseInt(s) > lastAnnotated) {
                break;
            }
            if (sentence != null && !s.equals(sentence)) {
                text.append('\n');
            } else if (sentence != null && !noSpace && !attachesLeft(word)) {
                text.append(' ');
            }
            sentence = s;
            int start = text.length();
            text.append(word);
            spans.put(tok.getAttribute("t_id"), new int[] {start, text.length()});
            noSpace = word.equals("(") || word.equals("$") || word.equals("``");
        }
        LocalDate dct = null;
        List<AnnotatedDocument.GoldTimex> timexes = new ArrayList<>();
        NodeList markables = doc.getElementsByTagName("TIMEX3");
        for (int i = 0; i < markables.getLength(); i++) {
            Element t = (Element) markables.item(i);
            String value = t.getAttribute("value");
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument")) && dct == null && !value.isEmpty()) {
                dct = TimeMlReader.dayOf(value);
            }
            NodeList anchors = t.getElementsByTagName("token_anchor");
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int k = 0; k < anchors.getLength(); k++) {
                int[] span = spans.get(((Element) anchors.item(k)).getAttribute("t_id"));
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end > start) {
                timexes.add(new AnnotatedDocument.GoldTimex(start, end, TimeMlReader.typeOf(t.getAttribute("type")), value));
            }
        }
        if (dct == null) {
            throw new IllegalArgumentException("no CREATION_TIME TIMEX3 in " + name);
        }
        timexes.sort(java.util.Comparator.comparingInt(AnnotatedDocument.GoldTimex::start));
        return new AnnotatedDocument(name, text.toString(), dct, timexes);
    }

    private static boolean attachesLeft(String w) {
        return w.equals(",") || w.equals(".") || w.equals(")") || w.equals(":") || w.equals(";") || w.equals("?")
                || w.equals("!") || w.equals("'s") || w.equals("n't") || w.equals("%") || w.equals("''");
    }
}
