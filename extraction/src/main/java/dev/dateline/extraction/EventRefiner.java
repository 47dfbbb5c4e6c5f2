package dev.dateline.extraction;

import java.util.List;

/**
 * A second reader after the engine's rules: given what the engine read in a text and the events its rules found,
 * the events to return instead (retyped, dropped, added). Set on an engine with {@link Extractor#withRefiner}; it
 * is called once per text, from whichever thread extracts, so it must be safe to call from several threads.
 */
@FunctionalInterface
public interface EventRefiner {

    /**
     * The events to return for {@code text}.
     *
     * @param text    the text as the engine read it (cut at {@link Extractor#MAX_TEXT_LENGTH}); every offset of
     *                {@code reading} and {@code events} is a Java String index into it
     * @param reading the engine's sentences and the (sentence, date expression) units that can date an event
     * @param events  the rules' events, in the engine's order; {@link Reading.Unit#events()} indexes this list
     */
    List<ExtractedEvent> refine(String text, Reading reading, List<ExtractedEvent> events);
}
