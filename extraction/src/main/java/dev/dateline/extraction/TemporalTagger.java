package dev.dateline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds time expressions with the compiled grammar and normalises them against two references:
 * the publication date and the date in focus (the last concrete date the text mentioned).
 */
final class TemporalTagger {

    /** A time expression found in the text, with its tokens, sentence and calendar span. */
    record Hit(Timex timex, int tokenFrom, int tokenTo, int sentence, DateValue date, String function) {
    }

    private static final int NONE = Integer.MIN_VALUE;
    private static final Set<String> RATE_WORDS = Set.of("million", "billion", "trillion", "thousand", "hundred",
            "times", "twice", "once", "dozens", "hundreds", "thousands", "cents", "dollars", "percent");
    private static final int FUZZY = -1;
    /** A present-tense verb in the clause: no past, no future. */
    private static final int PRESENT = 2;
    /** "agreed to ...": a past decision about something after it (see {@link #intended}). */
    private static final int INTENT = 3;
    /** "had been due to ...": a plan called off before its day (see {@link #tenseOrPresent}). */
    private static final int CALLED_OFF = 4;
    private static final int HALF = -2;

    private final TimexLexicon lex;
    private final TimexGrammar grammar;
    private final Set<String> notYearBefore = new HashSet<>();
    private final Set<String> notYearAfter = new HashSet<>();
    private final int bMonth;
    private final int bMonthX;
    private final int bWeekday;
    private final int bWeekdays;
    private final int bNum;
    private final int bOrd;
    private final int bUnit;
    private final int bUnitPl;
    private final int bSeason;
    private final int bPod;
    private final int bDir;
    private final int bFdir;
    private final int bMod;
    private final int bAmPm;
    private final int bANum;
    private final int bUntil;
    private final int bFut;
    private final int bPast;
    private final int bPres;

    TemporalTagger(List<Resources.Line> words, List<Resources.Line> rules, List<Resources.Line> filters) {
        lex = new TimexLexicon(words);
        bMonth = lex.bit("MONTH");
        bMonthX = lex.bit("MONTHX");
        bWeekday = lex.bit("WEEKDAY");
        bWeekdays = lex.bit("WEEKDAYS");
        bNum = lex.bit("NUM");
        bOrd = lex.bit("ORD");
        bUnit = lex.bit("UNIT");
        bUnitPl = lex.bit("UNITPL");
        bSeason = lex.bit("SEASON");
        bPod = lex.bit("POD");
        bDir = lex.bit("DIR");
        bFdir = lex.bit("FDIR");
        bMod = lex.bit("MOD");
        bAmPm = lex.bit("AMPM");
        bANum = lex.bit("ANUM");
        lex.bit("APPROX");
        bUntil = lex.bit("UNTIL");
        bFut = lex.bit("FUT");
        bPast = lex.bit("PAST");
        bPres = lex.bit("PRES");
        lex.bit("TZ");
        grammar = new TimexGrammar(lex, rules);
        for (Resources.Line line : filters) {
            String[] c = line.columns(2);
            switch (c[0]) {
                case "not-year-before" -> notYearBefore.add(c[1].toLowerCase(Locale.ROOT));
                case "not-year-after" -> notYearAfter.add(c[1].toLowerCase(Locale.ROOT));
                default -> throw line.error("unknown filter kind " + c[0]);
            }
        }
    }

    /** The word classes of every token, null where a token has none. */
    TimexLexicon.Entry[] classify(Tokens t) {
        TimexLexicon.Entry[] entries = new TimexLexicon.Entry[t.size];
        for (int i = 0; i < t.size; i++) {
            if (t.shape[i] == Tokens.NUMBER) {
                entries[i] = lex.shape(t.lower[i]);
            } else if (t.shape[i] == Tokens.WORD) {
                TimexLexicon.Entry e = lex.word(t.lower[i]);
                if (e == null && t.lower[i].length() == 2) {
                    e = lex.quarterToken(t.lower[i]);
                }
                entries[i] = e;
            }
        }
        return entries;
    }

    /** All time expressions of a tokenised text, in reading order. */
    List<Hit> tag(Tokens t, TimexLexicon.Entry[] entries, List<Sentences.Span> sentences, LocalDate dct) {
        List<Hit> hits = new ArrayList<>();
        Context ctx = new Context(t, entries, dct);
        List<TimexGrammar.Match> candidates = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentences.Span sentence = sentences.get(s);
            if (s > 0 && sentence.from() < t.size && t.breaksBefore[sentence.from()] >= 2) {
                ctx.paragraph++;
            }
            candidates.clear();
            for (int i = sentence.from(); i < sentence.to(); i++) {
                TimexGrammar.Match m = grammar.match(t, entries, i, sentence.to());
                if (m != null && accept(t, entries, m)) {
                    candidates.add(m);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(Comparator.comparingInt(TimexGrammar.Match::spanFrom)
                    .thenComparing(Comparator.comparingInt(TimexGrammar.Match::spanTo).reversed()));
            int lastEnd = -1;
            // a past perfect's date holds for the rest of its sentence ("had fled in June 1998 and returned later
            // that year"); after it, the story's date is in focus again
            boolean restore = false;
            DateValue storyFocus = null;
            for (TimexGrammar.Match m : candidates) {
                if (m.spanFrom() < lastEnd) {
                    continue;
                }
                Normalised n = normalise(m, ctx, sentence, s);
                if (n == null) {
                    continue;
                }
                lastEnd = m.spanTo();
                if (n == REJECTED) {
                    continue;
                }
                int start = t.start[m.spanFrom()];
                int end = t.end[m.spanTo() - 1];
                Timex timex = new Timex(t.text.substring(start, end), start, end, n.type, n.value);
                DateValue date = (n.type == TimexType.DATE || n.type == TimexType.TIME) ? DateValues.parse(n.value) : null;
                hits.add(new Hit(timex, m.spanFrom(), m.spanTo(), s, date, m.rule().function()));
                if (date != null && n.updatesFocus && !attributiveYear(t, m) && !deadlineAhead(t, m, date, dct)) {
                    boolean back = ctx.focus != null && date.endDay().isBefore(ctx.focus.startDay())
                            && background(t, m, sentence);
                    if (back && !restore) {
                        restore = true;
                        storyFocus = ctx.focus;
                    } else if (!back) {
                        restore = false;
                    }
                    ctx.setFocus(date);
                    ctx.focusSentence = s;
                }
                if (date != null && n.absolute) {
                    ctx.yearMention = date.startDay().getYear();
                    ctx.yearMentionSentence = s;
                    ctx.yearMentionParagraph = ctx.paragraph;
                    ctx.yearMentionTo = m.spanTo();
                    // only a year opening its sentence frames the next one: "In 2006, ..." but not "who founded
                    // the company in 1987" or "last visited in July 2000", which date their own clause
                    int before = m.spanFrom() - 1;
                    ctx.yearMentionFrames = before == sentence.from()
                            && (t.lower[before].equals("in") || t.lower[before].equals("during"));
                }
            }
            if (restore) {
                ctx.setFocus(storyFocus);
            }
        }
        return hits;
    }

    /**
     * "The ban had been ordered on September 4 because ...": a past perfect looks back from where the story is, so
     * its date, earlier than the one in focus, does not move it past its sentence ("resigned a day later" counts
     * from the story's day).
     */
    private static boolean background(Tokens t, TimexGrammar.Match m, Sentences.Span sentence) {
        for (int i = m.spanFrom() - 1; i >= Math.max(sentence.from(), m.spanFrom() - 6); i--) {
            if (isClauseBreak(t, i)) {
                return false;
            }
            if (t.lower[i].equals("had") && i + 1 < m.spanFrom()
                    && (Words.isPastVerb(t, i + 1) || t.lower[i + 1].equals("been"))) {
                return true;
            }
        }
        return false;
    }

    /** "by 1992 it intended to hold half the market": a target ahead is not where the story is. */
    private static boolean deadlineAhead(Tokens t, TimexGrammar.Match m, DateValue date, LocalDate dct) {
        int before = m.spanFrom() - 1;
        return before >= 0 && (t.lower[before].equals("by") || t.lower[before].equals("until"))
                && date.startDay().isAfter(dct);
    }

    /**
     * "a 2018 pact", "the October 20 vote": a year or a day that names a thing does not move the date in focus; the
     * story stays where its own events are.
     */
    private static boolean attributiveYear(Tokens t, TimexGrammar.Match m) {
        int before = m.spanFrom() - 1;
        int after = m.spanTo();
        boolean monthDay = m.spanTo() - m.spanFrom() == 2 && t.isCapitalised(m.spanFrom())
                && t.shape[m.spanFrom()] == Tokens.WORD && t.shape[m.spanFrom() + 1] == Tokens.NUMBER
                && t.lower[m.spanFrom() + 1].length() <= 2;
        return (m.spanTo() - m.spanFrom() == 1 && t.shape[m.spanFrom()] == Tokens.NUMBER || monthDay)
                && before >= 0 && after < t.size
                && (t.lower[before].equals("a") || t.lower[before].equals("the") || t.lower[before].equals("its")
                || t.lower[before].equals("their") || t.lower[before].equals("his") || t.lower[before].equals("her"))
                && t.shape[after] == Tokens.WORD && Character.isLowerCase(t.text.charAt(t.start[after]));
    }

    // ------------------------------------------------------------------ filters

    private boolean accept(Tokens t, TimexLexicon.Entry[] entries, TimexGrammar.Match m) {
        int[] el = m.elements();
        int n = m.spanTo() - m.spanFrom();
        // "reached the quarter-finals", "lost her quarter-final": a round of a tournament, not a quarter of a year
        int endTok = m.spanTo();
        if (t.lower[endTok - 1].equals("quarter") && endTok + 1 < t.size && t.lower[endTok].equals("-")
                && t.lower[endTok + 1].startsWith("final")) {
            return false;
        }
        int first = m.spanFrom() - m.from();
        if (n == 1) {
            int e = el[first];
            int tok = m.spanFrom();
            if (e == lex.year) {
                return acceptBareYear(t, tok);
            }
            // "USA Today", "This is VOA Today": a capitalised "Today" inside a sentence ends a name
            if (t.lower[tok].equals("today") && t.isCapitalised(tok) && !t.isAllCaps(tok) && !isSentenceStart(t, tok)) {
                return false;
            }
            // "inspect such quarters", "the officers' quarters": lodgings; a length in quarters has a
            // count ("several quarters", "the past two quarters")
            if (e == bUnitPl && "Q".equals(entries[tok].value(bUnitPl))) {
                return false;
            }
            if (e == bMonth || e == bMonthX || e == bWeekday || e == bSeason) {
                if (!t.isCapitalised(tok) && e != bSeason) {
                    return false;
                }
                if (e == bWeekday && t.lower[tok].length() < 6) {
                    return false;
                }
                if (e == bMonth && t.lower[tok].length() < 4) {
                    return false;
                }
            }
        }
        // "last Oct. 23": the day is the expression ("Oct. 23", read with "last" as its tense), not "last Oct"
        if (m.rule().function().equals("rel") && el[first + n - 1] == bMonthX && monthDayFollows(t, entries, m.spanTo())) {
            return false;
        }
        boolean hasDayOrYear = false;
        for (int k = first; k < first + n; k++) {
            hasDayOrYear |= el[k] == lex.day || el[k] == lex.ordDay || el[k] == lex.year || el[k] == lex.hhmm;
        }
        for (int k = first; k < first + n; k++) {
            int tok = m.from() + k;
            // "last sat", "the sun": short weekday names count only when written as names, and
            // "that Sun's profit", "Jan Kavan" only with the full stop of an abbreviation or a date
            if (el[k] == bWeekday && t.lower[tok].length() < 6 && (!t.isCapitalised(tok)
                    || !hasDayOrYear && !(tok + 1 < t.size && t.adjacent(tok) && t.lower[tok + 1].equals(".")))) {
                return false;
            }
            if ((el[k] == bMonth || el[k] == bMonthX) && isMonthAbbreviation(t.lower[tok]) && !hasDayOrYear
                    && !(tok + 1 < t.size && t.adjacent(tok) && t.lower[tok + 1].equals("."))) {
                return false;
            }
            // "ABC's This Week", "CBS's 60 Minutes": a capitalised unit word mid-sentence names a programme
            // "21st Century Fox" too, where the rule wrote the unit as a word; holidays are names
            // of days ("Labor Day", "New Year")
            boolean unitWord = el[k] == bUnit || el[k] == bUnitPl || el[k] == TimexGrammar.LITERAL
                    && entries[tok] != null && (entries[tok].mask & (1L << bUnit | 1L << bUnitPl)) != 0;
            if (unitWord && t.isCapitalised(tok) && !t.isAllCaps(tok) && !isSentenceStart(t, tok)
                    && !m.rule().function().equals("holiday")) {
                return false;
            }
            if (el[k] == bMonthX && !t.isCapitalised(m.from() + k)) {
                String w = t.lower[m.from() + k];
                if (w.equals("may") || w.equals("march")) {
                    return false;
                }
            }
        }
        // "$2 million a year", "four flights a week": a rate, not a length of time
        String w0 = t.lower[m.spanFrom()];
        if ((w0.equals("a") || w0.equals("an") || w0.equals("per")) && m.rule().function().equals("duration")) {
            for (int k = m.spanFrom() - 1; k >= Math.max(0, m.spanFrom() - 3); k--) {
                if (t.lower[k].equals(".") || t.lower[k].equals(";") || t.lower[k].equals("?")
                        || t.lower[k].equals(",")) {
                    break; // "... three thousand. But a minute and a half later", "in August 2019, a month after"
                }
                // "four flights a week" counts as "4 flights a week" does
                if (t.shape[k] == Tokens.NUMBER || RATE_WORDS.contains(t.lower[k])
                        || entries[k] != null && (entries[k].mask & (1L << bNum)) != 0) {
                    return false;
                }
            }
        }
        // numbers inside larger numbers or codes: "787-9", "2006-7 season" stay, "1-2-3" goes
        int before = m.spanFrom() - 1;
        int after = m.spanTo();
        if (t.shape[m.spanFrom()] == Tokens.NUMBER && before >= 0 && t.adjacent(before)
                && (t.lower[before].equals("-") || t.lower[before].equals("/") || t.lower[before].equals("."))
                && before - 1 >= 0 && t.shape[before - 1] == Tokens.NUMBER && t.adjacent(before - 1)) {
            return false;
        }
        if (t.shape[m.spanTo() - 1] == Tokens.NUMBER && after + 1 < t.size && t.adjacent(after - 1)
                && (t.lower[after].equals("-") || t.lower[after].equals("/")) && t.shape[after + 1] == Tokens.NUMBER
                && t.adjacent(after) && !(after + 1 < t.size && t.lower[after + 1].length() == 2)) {
            return false;
        }
        return true;
    }

    private boolean monthDayFollows(Tokens t, TimexLexicon.Entry[] entries, int i) {
        if (i < t.size && t.lower[i].equals(".") && t.adjacent(i - 1)) {
            i++;
        }
        return i < t.size && entries[i] != null && (entries[i].mask & (1L << lex.day | 1L << lex.ordDay)) != 0;
    }

    /** "Wednesday's ruling", "Friday's close": a day whose event the text already knows, so a past one. */
    private static boolean possessiveWeekday(Tokens t, Fields f, TimexGrammar.Match m) {
        return f.weekday != NONE && f.month == NONE && m.spanTo() < t.size && t.lower[m.spanTo()].equals("'s");
    }

    /**
     * "Sunday's election" reports a day gone by; "will watch Sunday's final", "to attend Sunday's final": a
     * possessive weekday after an infinitive or a future of taking part is the one ahead ("to get around
     * Wednesday's ruling" is not).
     */
    private int possessiveTense(Context ctx, TimexGrammar.Match m, Sentences.Span sentence) {
        int from = m.spanFrom();
        if (from - 2 >= sentence.from() && TAKING_PART.contains(ctx.t.lower[from - 1])
                && (ctx.t.lower[from - 2].equals("to") || ctx.t.lower[from - 2].equals("will"))) {
            return 1;
        }
        return -1;
    }

    /** Verbs of taking part in an occasion: "to attend Sunday's final" (not "to get around Wednesday's ruling"). */
    private static final Set<String> TAKING_PART = Set.of("attend", "watch", "play", "host", "join", "contest",
            "miss", "skip", "cover", "broadcast", "lead", "chair", "address");

    private static boolean isMonthAbbreviation(String w) {
        return w.length() <= 4 && !w.equals("june") && !w.equals("july") && !w.equals("may");
    }

    /** True when token {@code i} opens a sentence or a quotation. */
    private static boolean isSentenceStart(Tokens t, int i) {
        if (i == 0) {
            return true;
        }
        String p = t.lower[i - 1];
        return p.equals(".") || p.equals("?") || p.equals("!") || p.equals("\"") || p.equals("`") || p.equals("'")
                || p.equals(":") || p.equals("(");
    }

    private boolean acceptBareYear(Tokens t, int tok) {
        int v = Integer.parseInt(t.lower[tok]);
        if (v < 1600 || v > 2150) {
            return false;
        }
        if (tok > 0) {
            String prev = t.lower[tok - 1];
            if (notYearBefore.contains(prev)) {
                return false;
            }
            if (t.shape[tok - 1] == Tokens.NUMBER) {
                return false;
            }
            if (tok > 1 && prev.equals(".") && notYearBefore.contains(t.lower[tok - 2])) {
                return false;
            }
        }
        if (tok + 1 < t.size) {
            String next = t.lower[tok + 1];
            if (notYearAfter.contains(next) || t.shape[tok + 1] == Tokens.NUMBER) {
                return false;
            }
            if (next.equals(":") && tok + 2 < t.size && t.shape[tok + 2] == Tokens.NUMBER) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ normalisation

    private static final class Context {
        final Tokens t;
        final TimexLexicon.Entry[] entries;
        final LocalDate dct;
        DateValue focus;
        /** Recent foci, newest last, to find one fine enough for "the day after". */
        final java.util.ArrayDeque<DateValue> recent = new java.util.ArrayDeque<>();
        int focusSentence = -10;
        /** The last year the text wrote out ("in 2006", "the 2022 season"), where, and in which paragraph. */
        int yearMention = NONE;
        int yearMentionSentence = -10;
        int yearMentionParagraph = -10;
        /** Where the last year written ends. */
        int yearMentionTo = -1;
        /** "In 2006, ...": the year sets the frame of what follows, not "since 1990". */
        boolean yearMentionFrames;
        int paragraph;
        int sentence;
        /** First token of the current sentence and of the current match. */
        int sentenceFrom;
        int matchFrom;
        int matchTo;
        /**
         * The quarter a company report is about: the latest quarter of the publication year that
         * has ended and that the text named. "A year earlier" and "the year-ago period" compare
         * with it, whatever other dates came between.
         */
        DateValue reportQuarter;

        void setFocus(DateValue d) {
            focus = d;
            recent.addLast(d);
            if (recent.size() > 8) {
                recent.removeFirst();
            }
        }

        DateValue recentFocus(Granularity g) {
            var it = recent.descendingIterator();
            while (it.hasNext()) {
                DateValue d = it.next();
                if (d.granularity().isFinerOrEqual(g)) {
                    return d;
                }
            }
            return null;
        }

        Context(Tokens t, TimexLexicon.Entry[] entries, LocalDate dct) {
            this.t = t;
            this.entries = entries;
            this.dct = dct;
        }
    }

    private record Normalised(TimexType type, String value, boolean updatesFocus, boolean absolute) {
        Normalised(TimexType type, String value, boolean updatesFocus) {
            this(type, value, updatesFocus, false);
        }
    }

    private static final Normalised REJECTED = new Normalised(TimexType.DATE, "", false);

    /** The fields a match supplies, read off the classes its tokens matched as. */
    private final class Fields {
        int year = NONE;
        int month = NONE;
        int day = NONE;
        int weekday = NONE;
        int decade = NONE;
        int num = NONE;
        int ord = NONE;
        int quarter = NONE;
        int dir = NONE;
        int fdir = NONE;
        int hour = NONE;
        int minute = NONE;
        String unit;
        String season;
        String pod;
        String mod;
        String ampm;
        String iso;
        String slash;
        final Set<String> words = new HashSet<>(8);
        final List<Integer> numbers = new ArrayList<>(2);

        Fields(TimexGrammar.Match m, Context ctx) {
            int[] el = m.elements();
            for (int k = m.spanFrom() - m.from(); k < m.spanTo() - m.from(); k++) {
                int tok = m.from() + k;
                int b = el[k];
                String w = ctx.t.lower[tok];
                if (b == TimexGrammar.LITERAL) {
                    words.add(w);
                    TimexLexicon.Entry e = ctx.entries[tok];
                    if (unit == null && e != null && (e.mask & (1L << bUnit)) != 0) {
                        unit = e.value(bUnit); // "earlier this month": a unit written as a word in the rule
                    }
                    continue;
                }
                String v = ctx.entries[tok].value(b);
                if (b == lex.year) {
                    year = Integer.parseInt(v);
                } else if (b == bMonth || b == bMonthX) {
                    month = Integer.parseInt(v);
                } else if (b == lex.day && k + 1 < el.length && el[k + 1] == bAmPm) {
                    // "5 p.m. EST Nov. 9": an hour, and the day comes later
                    hour = Integer.parseInt(v);
                } else if (b == lex.day || b == lex.ordDay) {
                    if (day == NONE) {
                        day = Integer.parseInt(v);
                    } else {
                        // "July 9-10": the first day stands for the range
                        words.add("range");
                    }
                    if (ampm == null) {
                        hour = Integer.parseInt(v);
                    }
                } else if (b == bWeekday || b == bWeekdays) {
                    weekday = Integer.parseInt(v);
                } else if (b == lex.decade) {
                    decade = Integer.parseInt(v);
                } else if (b == bANum) {
                    if (num == NONE) {
                        num = 1;
                    }
                } else if (b == bNum || b == lex.num) {
                    int x = Integer.parseInt(v);
                    numbers.add(x);
                    if (num == NONE || num < 0 || x < 0) {
                        num = x;
                    } else if (num % 10 == 0 && num >= 20 && x < 10) {
                        num += x;
                    } else if (x == 100) {
                        num *= 100;
                    } else {
                        num = x;
                    }
                    if (ampm == null) {
                        hour = x;
                    }
                } else if (b == bOrd) {
                    ord = Integer.parseInt(v);
                } else if (b == lex.qnum) {
                    quarter = Integer.parseInt(v);
                } else if (b == bUnit || b == bUnitPl) {
                    if (unit == null || !words.contains("or")) {
                        unit = v; // "weeks or months": the first, as with "two or three days"
                    }
                    if (b == bUnitPl) {
                        words.add("plural");
                    }
                } else if (b == bSeason) {
                    season = v;
                } else if (b == bPod) {
                    pod = v;
                } else if (b == bDir) {
                    dir = Integer.parseInt(v);
                } else if (b == bFdir) {
                    fdir = Integer.parseInt(v);
                } else if (b == bMod) {
                    mod = v;
                } else if (b == bAmPm) {
                    ampm = v;
                } else if (b == lex.fraction) {
                    words.add("fraction");
                } else if (b == lex.isoDate) {
                    iso = v;
                } else if (b == lex.slashDate) {
                    slash = v;
                } else if (b == lex.hhmm) {
                    int c = v.indexOf(':');
                    hour = Integer.parseInt(v.substring(0, c));
                    minute = Integer.parseInt(v.substring(c + 1));
                }
                words.add(w);
            }
            if (year == NONE && words.contains("nineteen")) {
                year = spokenYear(numbers);
            }
        }
    }

    /** "nineteen ninety-six" as its numbers after "nineteen" (90, 6): 1996; NONE when it is no year. */
    private static int spokenYear(List<Integer> n) {
        if (n.isEmpty() || n.get(0) < 10 || n.get(0) > 99 || n.get(0) % 10 != 0 && n.size() > 1) {
            return NONE;
        }
        return 1900 + n.get(0) + (n.size() > 1 && n.get(1) < 10 ? n.get(1) : 0);
    }

    private Normalised normalise(TimexGrammar.Match m, Context ctx, Sentences.Span sentence, int sentenceIndex) {
        if (m.rule().function().equals("reject")) {
            return REJECTED;
        }
        ctx.sentence = sentenceIndex;
        ctx.sentenceFrom = sentence.from();
        ctx.matchFrom = m.spanFrom();
        ctx.matchTo = m.spanTo();
        Fields f = new Fields(m, ctx);
        String[] args = m.rule().args();
        try {
            return switch (m.rule().function()) {
                case "date" -> date(f, ctx, possessiveWeekday(ctx.t, f, m) ? possessiveTense(ctx, m, sentence)
                        : tenseOrPresent(ctx, m, sentence));
                case "and-day" -> andDay(f, ctx, tenseOrPresent(ctx, m, sentence));
                case "rel" -> rel(f, ctx, tense(ctx, m, sentence));
                case "offset" -> offset(f, ctx, args[0], Integer.parseInt(args[1]), args.length > 2 && args[2].equals("day"));
                case "focus" -> focus(f, ctx);
                case "day-off" -> dayOff(f.dir != NONE ? rel(f, ctx, tense(ctx, m, sentence))
                        : date(f, ctx, tenseOrPresent(ctx, m, sentence)), Integer.parseInt(args[0]));
                case "dct" -> dct(f, ctx, args);
                case "year-end" -> date(DateValues.day(LocalDate.of(ctx.dct.getYear() + Integer.parseInt(args[0]), 12, 31)),
                        false);
                case "ref" -> new Normalised(TimexType.DATE, args.length > 0 ? args[0]
                        : f.dir < 0 ? "PAST_REF" : f.dir > 0 ? "FUTURE_REF" : "PRESENT_REF", false);
                case "quarter" -> quarter(f, ctx, tense(ctx, m, sentence), args.length > 0 ? Integer.parseInt(args[0]) : 0);
                case "year-words" -> yearWords(f);
                case "half" -> half(f, ctx);
                case "duration" -> args.length > 0 ? new Normalised(TimexType.DURATION, args[0], false) : duration(f);
                case "set" -> set(f, args);
                case "time" -> time(f, ctx, tense(ctx, m, sentence));
                case "holiday" -> holiday(f, ctx, args[0], tense(ctx, m, sentence));
                default -> throw new IllegalStateException("unknown time function " + m.rule().function()
                        + " in " + m.rule().source());
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "February 30", "week 60": not a date
        }
    }

    private static Normalised date(DateValue v, boolean focus) {
        return v == null ? null : new Normalised(TimexType.DATE, v.value(), focus);
    }

    private static Normalised withPod(DateValue day, String pod) {
        if (day == null) {
            return null;
        }
        // "Friday evening" is 2023-12-01TEV, a time of that day (DateValues reads it as the day);
        // TimeBank and AQUAINT mostly give "Friday night" and "Friday morning" as the day alone
        if (pod != null && (pod.equals("AF") || pod.equals("EV"))) {
            return new Normalised(TimexType.TIME, day.value() + "T" + pod, true);
        }
        return date(day, true);
    }

    private Normalised date(Fields f, Context ctx, int tenseOrPresent) {
        if (f.weekday != NONE && f.month == NONE && f.year == NONE && tenseOrPresent == PRESENT) {
            // "Arafat and Netanyahu meet separately Monday": a weekday in the present is one ahead
            return withPod(DateValues.day(weekday(ctx.dct, f.weekday, 1)), f.pod);
        }
        int tense = tenseOrPresent == PRESENT ? (f.month != NONE && f.day != NONE ? 1 : 0) : tenseOrPresent;
        if (f.decade != NONE) {
            return date(DateValues.decade(f.decade), true);
        }
        if (f.words.contains("century") && f.ord != NONE) {
            return date(DateValues.century(f.ord - 1), true);
        }
        if (f.iso != null) {
            return date(DateValues.parse(f.iso), true);
        }
        if (f.slash != null) {
            String[] p = f.slash.split("/");
            if (p.length != 3) {
                return null;
            }
            int y = Integer.parseInt(p[2]);
            if (p[2].length() == 2) {
                y += y < 50 ? 2000 : 1900;
            } else if (p[2].length() != 4) {
                return null;
            }
            return date(DateValues.day(LocalDate.of(y, Integer.parseInt(p[0]), Integer.parseInt(p[1]))), true);
        }
        int year = f.year;
        if (year == NONE && f.dir != NONE && f.words.contains("year")) {
            year = ctx.dct.getYear() + f.dir;
        }
        if (f.month != NONE) {
            if (year == NONE) {
                year = yearThrough(ctx);
            }
            if (year == NONE && f.day != NONE && f.weekday != NONE) {
                year = yearOfWeekday(ctx.dct, f.month, f.day, f.weekday);
            }
            if (year == NONE) {
                year = focusYear(ctx, tense, f.month, f.day == NONE ? 15 : f.day);
            }
            if (year == NONE) {
                year = f.day == NONE && tense < 0 && afterPastVerb(ctx) ? pastMonthYear(ctx.dct, f.month)
                        : inferYear(ctx.dct, f.month, f.day == NONE ? 15 : f.day, tense);
            }
            if (f.day != NONE && f.words.contains("week")) {
                // "the week of March 6": the week that day falls in
                return date(DateValues.weekOf(LocalDate.of(year, f.month, f.day)), true);
            }
            if (f.day != NONE) {
                Normalised n = withPod(DateValues.day(LocalDate.of(year, f.month, f.day)), f.pod);
                return f.year == NONE ? n : new Normalised(n.type, n.value, true, true);
            }
            return new Normalised(TimexType.DATE, DateValues.month(year, f.month).value(), true, f.year != NONE);
        }
        if (f.season != null) {
            int mid = switch (f.season) {
                case "SP" -> 4;
                case "SU" -> 7;
                case "FA" -> 10;
                default -> 1;
            };
            if (year == NONE) {
                year = focusYear(ctx, tense, mid, 15);
            }
            if (year == NONE) {
                year = inferYear(ctx.dct, mid, 15, tense);
                if (f.season.equals("WI") && ctx.dct.getMonthValue() == 12) {
                    year = ctx.dct.getYear();
                }
            }
            return date(DateValues.season(year, f.season), true);
        }
        if (year != NONE) {
            return new Normalised(TimexType.DATE, DateValues.year(year).value(), true, f.year != NONE);
        }
        if (f.weekday != NONE) {
            return withPod(DateValues.day(weekday(ctx.dct, f.weekday, tense)), f.pod);
        }
        return null;
    }

    /** "April 24 and 25": a day after "and" takes the month written just before it, else is no date. */
    private Normalised andDay(Fields f, Context ctx, int tense) {
        Tokens t = ctx.t;
        int k = ctx.matchFrom - 2; // the day before "and"
        if (k < 1 || ctx.entries[k] == null || (ctx.entries[k].mask & (1L << lex.day | 1L << lex.ordDay)) == 0) {
            return null;
        }
        int mk = t.lower[k - 1].equals(".") && k >= 2 ? k - 2 : k - 1;
        if (ctx.entries[mk] == null || (ctx.entries[mk].mask & (1L << bMonthX)) == 0) {
            return null;
        }
        f.month = Integer.parseInt(ctx.entries[mk].value(bMonthX));
        return date(f, ctx, tense);
    }

    /** "the day before last Tuesday": the day a date names, moved by {@code days}; null unless it names a day. */
    private static Normalised dayOff(Normalised named, int days) {
        if (named == null || named.type != TimexType.DATE) {
            return null;
        }
        DateValue d = DateValues.parse(named.value);
        return d == null || d.granularity() != Granularity.DAY ? null
                : date(DateValues.day(d.startDay().plusDays(days)), true);
    }

    private Normalised rel(Fields f, Context ctx, int tense) {
        LocalDate d = ctx.dct;
        int dir = f.dir == NONE ? 0 : f.dir;
        if (f.words.contains("weekend") || "WE".equals(f.unit)) {
            LocalDate base = d;
            if (f.dir == NONE) {
                if (tense < 0 && d.getDayOfWeek().getValue() < 5) {
                    base = d.minusWeeks(1);
                }
            } else {
                base = d.plusWeeks(dir);
            }
            DateValue w = DateValues.weekOf(base);
            return date(DateValues.parse(w.value() + "-WE"), true);
        }
        if (f.month != NONE) {
            int y = d.getYear();
            int cur = d.getMonthValue();
            if (dir < 0) {
                // the month just past would be "last month": "last February", written in March,
                // is the February of the year before
                y = f.month < cur - 1 ? y : y - 1;
            } else if (dir > 0) {
                y = f.month > cur ? y : y + 1;
            }
            return date(DateValues.month(y, f.month), true);
        }
        if (f.season != null) {
            int idx = seasonIndex(f.season);
            DateValue current = DateValues.at(d, Granularity.SEASON);
            int curIdx = seasonIndex(current.value().substring(5));
            int y = current.startDay().getYear();
            if (dir < 0) {
                y = idx < curIdx ? y : y - 1;
            } else if (dir > 0) {
                y = idx > curIdx ? y : y + 1;
            }
            return date(DateValues.season(y, f.season), true);
        }
        if (f.weekday != NONE) {
            LocalDate day;
            DayOfWeek wd = DayOfWeek.of(f.weekday);
            if (dir < 0) {
                day = d.with(TemporalAdjusters.previous(wd));
            } else if (dir > 0) {
                day = d.with(TemporalAdjusters.next(wd));
            } else {
                day = d.with(wd);
            }
            return withPod(DateValues.day(day), f.pod);
        }
        if (f.unit == null) {
            if (f.pod != null) {
                // "this morning", "last night"
                LocalDate day = dir < 0 && f.pod.equals("NI") ? d.minusDays(1) : d;
                return new Normalised(TimexType.TIME, DateValues.day(day).value() + "T" + f.pod, true);
            }
            return null;
        }
        if ("Q".equals(f.unit) && dir == 0 && ctx.reportQuarter != null && ctx.matchTo < ctx.t.size
                && ctx.t.lower[ctx.matchTo].equals("'s")) {
            // "This quarter's loss includes charges": results already out, so the quarter under report
            return date(ctx.reportQuarter, false);
        }
        DateValue shifted = shift(d, f.unit, dir);
        if ("Y".equals(f.unit) && shifted != null) {
            // "Next year's conference will be held in Baku in November": a year the sentence names,
            // as if written out, for the bare month that follows
            return new Normalised(TimexType.DATE, shifted.value(), true, true);
        }
        return date(shifted, true);
    }

    /** The calendar unit containing {@code d} moved by {@code n} units; null for clock units. */
    private static DateValue shift(LocalDate d, String unit, int n) {
        return switch (unit) {
            case "D" -> DateValues.day(d.plusDays(n));
            case "W" -> DateValues.weekOf(d.plusWeeks(n));
            case "FN" -> DateValues.weekOf(d.plusWeeks(2L * n));
            case "M" -> DateValues.at(d.plusMonths(n), Granularity.MONTH);
            case "Q" -> DateValues.at(d.plusMonths(3L * n), Granularity.QUARTER);
            case "Y" -> DateValues.year(d.getYear() + n);
            case "DE" -> DateValues.decade(Math.floorDiv(d.getYear(), 10) + n);
            case "CE" -> DateValues.century(Math.floorDiv(d.getYear(), 100) + n);
            default -> null;
        };
    }

    /** The day {@code n} units from {@code d} ("a week ago today"); null for other units. */
    private static DateValue dayShift(LocalDate d, String unit, int n) {
        return switch (unit) {
            case "D" -> DateValues.day(d.plusDays(n));
            case "W" -> DateValues.day(d.plusWeeks(n));
            case "FN" -> DateValues.day(d.plusWeeks(2L * n));
            case "M" -> DateValues.day(d.plusMonths(n));
            case "Y" -> DateValues.day(d.plusYears(n));
            default -> null;
        };
    }

    private static Granularity granularityOf(String unit) {
        return switch (unit) {
            case "D", "H", "MI", "S" -> Granularity.DAY;
            case "W", "WE", "FN" -> Granularity.WEEK;
            case "M" -> Granularity.MONTH;
            case "Q" -> Granularity.QUARTER;
            case "Y" -> Granularity.YEAR;
            case "DE" -> Granularity.DECADE;
            case "CE" -> Granularity.CENTURY;
            default -> null;
        };
    }

    private Normalised offset(Fields f, Context ctx, String anchor, int sign, boolean toDay) {
        String unit = f.unit != null ? f.unit : f.words.contains("hours") ? "H" : f.words.contains("minutes") ? "MI" : "Y";
        int n = f.num == NONE ? 1 : f.num;
        if (anchor.equals("focus") && (f.num == FUZZY || f.num == NONE && f.words.contains("few"))) {
            // "a few days later": no day can be named, and the story's past is not the reader's
            // future (FUTURE_REF); the length is what can be said, as TimeML marks it
            return duration(f);
        }
        if (f.num == FUZZY || (f.num == NONE && f.words.contains("plural"))) {
            return new Normalised(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", false);
        }
        if (unit.equals("H") || unit.equals("MI") || unit.equals("S")) {
            // "hours later", "minutes earlier": still the day in focus, when the story is at a day
            return anchor.equals("focus") && ctx.focus != null && ctx.focus.granularity() == Granularity.DAY
                    ? date(DateValues.day(ctx.focus.startDay()), false) : null;
        }
        if (f.num == HALF || f.words.contains("half")) {
            return null;
        }
        if (f.words.contains("quarter") || f.words.contains("period")) {
            if (longerPeriodBefore(ctx)) {
                return date(DateValues.year(reportingQuarter(ctx).startDay().getYear() + sign * n), false);
            }
            DateValue q = reportingQuarter(ctx);
            return date(DateValues.at(q.startDay().plusYears((long) sign * n), Granularity.QUARTER), false);
        }
        if (unit.equals("Y") && n == 1 && sign < 0 && ctx.reportQuarter != null) {
            // "up from $4 million a year earlier" in a quarterly report: the same quarter a year
            // before, or the year before when the sentence is about nine months or a year; a
            // comparison, so the date in focus stays
            int year = ctx.reportQuarter.startDay().getYear() - 1;
            return date(longerPeriodBefore(ctx) ? DateValues.year(year)
                    : DateValues.at(ctx.reportQuarter.startDay().minusYears(1), Granularity.QUARTER), false);
        }
        Granularity g = granularityOf(unit);
        if (g == null) {
            return null;
        }
        if (anchor.equals("focus") && ctx.focus != null && !ctx.focus.granularity().isFinerOrEqual(g)) {
            DateValue fine = ctx.recentFocus(g);
            if (fine != null) {
                ctx.focus = fine;
            }
        }
        boolean fromFocus = anchor.equals("focus") && ctx.focus != null && ctx.focus.granularity().isFinerOrEqual(
                g == Granularity.DAY ? Granularity.DAY : Granularity.YEAR);
        if (anchor.equals("focus") && ctx.focus != null && !fromFocus && (g == Granularity.DAY || g == Granularity.WEEK)
                && ctx.focus.granularity().isFinerOrEqual(Granularity.YEAR)) {
            // "In 2018 ... three days later": some day of that year, not three days after publication
            return date(ctx.focus, false);
        }
        LocalDate base = fromFocus ? ctx.focus.startDay() : ctx.dct;
        if (unit.equals("H") || unit.equals("MI") || unit.equals("S")) {
            return null;
        }
        DateValue v = toDay ? dayShift(base, unit, sign * n) : shift(base, unit, sign * n);
        if (!toDay && (unit.equals("DE") || unit.equals("CE"))) {
            // "a decade ago" (written in 1999) is about 1989, not the 1980s
            v = DateValues.year(base.getYear() + sign * n * (unit.equals("DE") ? 10 : 100));
        }
        if (unit.equals("W") && (fromFocus ? ctx.focus.granularity() == Granularity.DAY : n <= 2)) {
            // "on March 3 ... two weeks later", "it reported a week ago": a day counted from a day;
            // further back from publication, "six weeks ago" names the week
            v = DateValues.day(base.plusWeeks((long) sign * n));
        }
        if (v == null) {
            return null;
        }
        if (fromFocus && g == Granularity.YEAR) {
            Granularity fg = ctx.focus.granularity();
            if (fg == Granularity.QUARTER) {
                v = DateValues.at(base.plusYears((long) sign * n), fg);
                if (ctx.focus.value().contains("-H")) {
                    v = DateValues.parse(v.startDay().getYear() + ctx.focus.value().substring(4));
                }
            }
        }
        // "below the year-earlier $4.5 million": a comparison, which leaves the date in focus alone
        boolean comparison = f.words.contains("-") && (f.words.contains("earlier") || f.words.contains("ago"));
        return date(v, !comparison && (!fromFocus || v.granularity() != Granularity.QUARTER));
    }

    private Normalised focus(Fields f, Context ctx) {
        // "the previous year" is read by a rule of its own ("previous" is also a DIR word)
        int dir = f.fdir != NONE ? f.fdir : f.words.contains("previous") ? -1 : 0;
        DateValue focus = ctx.focus;
        if (f.words.contains("quarter") || f.words.contains("period")) {
            // a quarter the text has named keeps its name, fiscal or not ("its fiscal first quarter")
            DateValue ended = ctx.reportQuarter == null && (focus == null || focus.granularity() != Granularity.QUARTER)
                    ? quarterEndedOn(ctx) : null;
            if (ended != null) {
                return date(ended, false);
            }
            if (f.words.contains("latest") || f.words.contains("recent") || f.words.contains("just-ended")) {
                return date(reportingQuarter(ctx), false);
            }
            if (focus != null && focus.granularity() == Granularity.QUARTER) {
                return date(focus, false);
            }
            return date(reportingQuarter(ctx), false);
        }
        if (focus == null) {
            focus = DateValues.day(ctx.dct);
        }
        if (f.pod != null) {
            // "that night", "the next morning"
            focus = fineEnough(focus, Granularity.DAY, ctx);
            return focus != null ? withPod(DateValues.day(focus.startDay().plusDays(dir)), f.pod) : null;
        }
        if (f.words.contains("time") || f.words.contains("then")) {
            return ctx.focus == null ? null : date(ctx.focus, false);
        }
        if (f.weekday != NONE) {
            LocalDate base = focus.startDay();
            DayOfWeek wd = DayOfWeek.of(f.weekday);
            // "that Thursday", "the same Thursday": the focus day when it is one, else the next (not a week on)
            return date(DateValues.day(dir < 0 ? base.with(TemporalAdjusters.previous(wd))
                    : dir == 0 ? base.with(TemporalAdjusters.nextOrSame(wd))
                    : base.with(TemporalAdjusters.next(wd))), true);
        }
        if (f.month != NONE && f.words.contains("year")) {
            // "February of the following year", "May of that year": the month in the year the words name
            return date(DateValues.month(focus.startDay().getYear() + dir, f.month), true);
        }
        if (f.month != NONE) {
            int y = focus.startDay().getYear() + (dir > 0 && f.month <= focus.startDay().getMonthValue() ? 1 : 0)
                    - (dir < 0 && f.month >= focus.startDay().getMonthValue() ? 1 : 0);
            return date(DateValues.month(y, f.month), true);
        }
        if (f.season != null) {
            int y = focus.startDay().getYear() + Math.max(0, dir) - (dir < 0 ? 1 : 0);
            return date(DateValues.season(y, f.season), true);
        }
        String unit = f.unit;
        if (unit == null) {
            if (f.words.contains("year")) {
                unit = "Y";
            } else if (f.words.contains("century")) {
                unit = "CE";
            } else {
                return null;
            }
        }
        Granularity g = granularityOf(unit);
        if (g == null || g == Granularity.DAY && !"D".equals(unit)) {
            return null;
        }
        DateValue fine = g == Granularity.DAY ? fineEnough(focus, g, ctx) : null;
        if (fine != null) {
            focus = fine; // "later in the day", "the same day" under a coarser focus
        }
        if (!focus.granularity().isFinerOrEqual(g)) {
            // "at the end of the month" after "last year": no month is in focus, so the month is the one of writing
            if (dir == 0 && g == Granularity.MONTH && f.words.contains("end")) {
                return date(DateValues.month(ctx.dct.getYear(), ctx.dct.getMonthValue()), true);
            }
            return null;
        }
        return date(shift(focus.startDay(), unit, dir), true);
    }

    /**
     * {@code focus} when it is as fine as {@code g}, else the latest date in focus that is, as offsets do ("had
     * decided earlier in the day" after "yesterday ... since the late 1990s"), else null.
     */
    private static DateValue fineEnough(DateValue focus, Granularity g, Context ctx) {
        return focus.granularity().isFinerOrEqual(g) ? focus : ctx.recentFocus(g);
    }

    private static LocalDate previousQuarterStart(LocalDate d) {
        return d.minusMonths(3);
    }

    private Normalised dct(Fields f, Context ctx, String[] args) {
        int days = 0;
        String pod = f.pod;
        if (args.length > 0) {
            days = Integer.parseInt(args[0]);
            if (args.length > 1) {
                pod = args[1];
            }
        } else if (f.words.contains("yesterday")) {
            days = -1;
        } else if (f.words.contains("tomorrow")) {
            days = 1;
        }
        return withPod(DateValues.day(ctx.dct.plusDays(days)), pod);
    }

    private Normalised quarter(Fields f, Context ctx, int tense, int shiftYears) {
        int q = f.quarter != NONE ? f.quarter : f.ord;
        if (f.year == NONE && f.dir == NONE && f.words.contains("of") && f.words.contains("year")) {
            // "the final quarter of the year": of the year the story is in
            q = q != NONE ? q : f.words.contains("final") || f.words.contains("last") ? 4 : NONE;
            if (q < 1 || q > 4) {
                return null;
            }
            int year = ctx.focus != null ? ctx.focus.startDay().getYear() : ctx.dct.getYear();
            return date(DateValues.quarter(year, q), true);
        }
        if (q == NONE) {
            // "the 1988 period": the reporting quarter of that year, or the year itself when the
            // sentence compares nine months or years
            if (f.year != NONE && longerPeriodBefore(ctx)) {
                return date(DateValues.year(f.year), false);
            }
            DateValue base = reportingQuarter(ctx);
            q = (base.startDay().getMonthValue() - 1) / 3 + 1;
        }
        if (f.dir != NONE && f.year == NONE) {
            return date(DateValues.quarter(ctx.dct.getYear() + f.dir, q), true);
        }
        if (shiftYears != 0) {
            return date(DateValues.quarter(reportingQuarter(ctx).startDay().getYear() + shiftYears, q), false);
        }
        if (q < 1 || q > 4) {
            return null;
        }
        int year = f.year;
        if (year == NONE) {
            int dctQ = (ctx.dct.getMonthValue() - 1) / 3 + 1;
            year = ctx.dct.getYear();
            int fy = focusYear(ctx, tense, q * 3 - 1, 15);
            if (fy != NONE) {
                year = fy;
            } else if (!f.words.contains("this") && q > dctQ && tense <= 0) {
                year--;
            }
        }
        DateValue v = DateValues.quarter(year, q);
        if ((f.year == NONE || f.year == ctx.dct.getYear()) && v.endDay().isBefore(ctx.dct)
                && (ctx.reportQuarter == null || v.startDay().isAfter(ctx.reportQuarter.startDay()))) {
            ctx.reportQuarter = v; // the latest ended quarter named: "after a flat second quarter" is a backdrop
        }
        return date(v, true);
    }

    /**
     * "the quarter ended July 31", where no quarter was named before: the calendar quarter holding
     * most of the three months that end on the date written after the match (May to July: the
     * second), null when none is written.
     */
    private DateValue quarterEndedOn(Context ctx) {
        Tokens t = ctx.t;
        int i = ctx.matchTo;
        if (i + 2 >= t.size || !(t.lower[i].equals("ended") || t.lower[i].equals("ending"))
                || ctx.entries[i + 1] == null || (ctx.entries[i + 1].mask & (1L << bMonthX)) == 0) {
            return null;
        }
        int month = Integer.parseInt(ctx.entries[i + 1].value(bMonthX));
        int k = i + 2;
        if (t.lower[k].equals(".")) {
            k++;
        }
        if (k >= t.size || ctx.entries[k] == null || (ctx.entries[k].mask & (1L << lex.day)) == 0) {
            return null;
        }
        int day = Integer.parseInt(ctx.entries[k].value(lex.day));
        int year = NONE;
        if (k + 2 < t.size && t.lower[k + 1].equals(",") && ctx.entries[k + 2] != null
                && (ctx.entries[k + 2].mask & (1L << lex.year)) != 0) {
            year = Integer.parseInt(ctx.entries[k + 2].value(lex.year));
        }
        if (year == NONE) {
            year = inferYear(ctx.dct, month, day, -1);
        }
        DateValue v = DateValues.at(dateIn(year, month, day).minusDays(45), Granularity.QUARTER);
        if (v.endDay().isBefore(ctx.dct) && (ctx.reportQuarter == null || v.startDay().isAfter(ctx.reportQuarter.startDay()))) {
            ctx.reportQuarter = v;
        }
        return v;
    }

    /** "sales this year through August": the month closes the year just named; NONE otherwise. */
    private static int yearThrough(Context ctx) {
        Tokens t = ctx.t;
        int i = ctx.matchFrom;
        if (i < 3 || !(t.lower[i - 1].equals("through") || t.lower[i - 1].equals("to") || t.lower[i - 1].equals("until"))
                || !t.lower[i - 2].equals("year")) {
            return NONE;
        }
        return switch (t.lower[i - 3]) {
            case "this" -> ctx.dct.getYear();
            case "last" -> ctx.dct.getYear() - 1;
            default -> NONE;
        };
    }

    /** The quarter under report: the one the text named, else the last one ended before publication. */
    private static DateValue reportingQuarter(Context ctx) {
        return ctx.reportQuarter != null ? ctx.reportQuarter
                : DateValues.at(previousQuarterStart(ctx.dct), Granularity.QUARTER);
    }

    /** "In the first nine months, net rose ... from a year earlier": the sentence compares a longer period. */
    private static boolean longerPeriodBefore(Context ctx) {
        Tokens t = ctx.t;
        for (int i = ctx.sentenceFrom; i < ctx.matchFrom; i++) {
            String w = t.lower[i];
            if (w.equals("months") && i > 0 && (t.lower[i - 1].equals("nine") || t.lower[i - 1].equals("six"))
                    || w.equals("half") && i > 0 && (t.lower[i - 1].equals("first") || t.lower[i - 1].equals("second"))) {
                return true;
            }
            if (w.equals("year") && i > 0 && (t.lower[i - 1].equals("fiscal") || t.lower[i - 1].equals("full")
                    || t.lower[i - 1].equals("the") && i + 1 < t.size && !t.lower[i + 1].equals("-"))) {
                return true;
            }
        }
        return false;
    }

    private Normalised half(Fields f, Context ctx) {
        // "the last half of 1989", "the first two quarters of 1990"
        int h = f.ord != NONE ? f.ord : f.words.contains("first") ? 1
                : f.words.contains("second") || f.words.contains("last") || f.words.contains("latter") ? 2 : NONE;
        if (h != 1 && h != 2) {
            return null;
        }
        int year = f.year != NONE ? f.year : f.dir != NONE ? ctx.dct.getYear() + f.dir
                : ctx.focus != null ? ctx.focus.startDay().getYear() : ctx.dct.getYear();
        return date(DateValues.half(year, h), true);
    }

    private Normalised duration(Fields f) {
        String unit = f.unit != null ? f.unit : f.words.contains("year") ? "Y" : null;
        if (unit == null) {
            return null;
        }
        String amount;
        if (f.words.contains("couple")) {
            amount = "2";
        } else if (f.num == FUZZY || (f.num == NONE && f.words.contains("plural"))) {
            amount = "X";
        } else if (f.num == HALF || (f.words.contains("half") && !f.words.contains("and"))) {
            return new Normalised(TimexType.DURATION, switch (unit) {
                case "Y" -> "P6M";
                case "M" -> "P2W";
                case "D" -> "PT12H";
                case "H" -> "PT30M";
                case "W" -> "P3.5D";
                default -> "PX" + unit;
            }, false);
        } else {
            int n = f.num == NONE ? 1 : f.num;
            if ((f.words.contains("to") || f.words.contains("or")) && f.numbers.size() == 2) {
                // "two to three weeks", "two or three days": TIMEX3 has no range; the lower bound,
                // as TimeBank gives it both times it marks one
                n = f.numbers.get(0);
            }
            if (f.words.contains("half") && f.words.contains("and") || f.words.contains("fraction")) {
                // "two and a half years", "2 1/2 years": P2Y6M, as TimeML writes it
                String whole = switch (unit) {
                    case "Y" -> "P" + n + "Y6M";
                    case "D" -> "P" + n + "DT12H";
                    case "H" -> "PT" + n + "H30M";
                    case "MI" -> "PT" + n + "M30S";
                    default -> null;
                };
                if (whole != null) {
                    return new Normalised(TimexType.DURATION, whole, false);
                }
                amount = n + ".5";
            } else {
                amount = Integer.toString(n);
            }
        }
        String value = switch (unit) {
            case "H", "MI", "S" -> "PT" + amount + (unit.equals("MI") ? "M" : unit);
            case "FN" -> "P" + (amount.equals("X") ? "X" : Double.toString(Double.parseDouble(amount) * 2).replace(".0", "")) + "W";
            case "DE" -> amount.equals("X") ? "PXY" : "P" + times(amount, 10) + "Y"; // "decades-long": PXY as TimeML writes it
            // "for centuries": TIMEX3's century unit is C (TIMEX2 wrote CE); a count is in years, as for decades
            case "CE" -> amount.equals("X") ? "PXC" : "P" + times(amount, 100) + "Y";
            case "Q" -> amount.equals("X") ? "PXM" : "P" + times(amount, 3) + "M";
            default -> "P" + amount + unit;
        };
        return new Normalised(TimexType.DURATION, value, false);
    }

    private static String times(String amount, int k) {
        double v = Double.parseDouble(amount) * k;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** "nineteen ninety-six", "the year two thousand". */
    private Normalised yearWords(Fields f) {
        if (f.words.contains("thousand")) {
            return date(DateValues.year(2000), true);
        }
        if (f.year == NONE) {
            return null;
        }
        return new Normalised(TimexType.DATE, DateValues.year(f.year).value(), true, true);
    }

    private Normalised set(Fields f, String[] args) {
        if (args.length > 0) {
            return new Normalised(TimexType.SET, args[0], false);
        }
        if (f.weekday != NONE) {
            return new Normalised(TimexType.SET, "XXXX-WXX-" + f.weekday, false);
        }
        if (f.month != NONE) {
            return new Normalised(TimexType.SET, "XXXX-" + DateValues.pad2(f.month), false);
        }
        if (f.season != null) {
            return new Normalised(TimexType.SET, "XXXX-" + f.season, false);
        }
        if (f.words.contains("quarters") && f.ord != NONE) {
            // "business is strongest in the fourth quarters": that quarter of every year
            return f.ord < 1 || f.ord > 4 ? null : new Normalised(TimexType.SET, "XXXX-Q" + f.ord, false);
        }
        if (f.unit != null) {
            int n = f.num > 0 ? f.num : 1;
            if (f.words.contains("other")) {
                n = 2;
            }
            String u = f.unit;
            return new Normalised(TimexType.SET, switch (u) {
                case "H", "MI", "S" -> "PT" + n + (u.equals("MI") ? "M" : u);
                default -> "P" + n + u;
            }, false);
        }
        return null;
    }

    private Normalised time(Fields f, Context ctx, int tense) {
        // a clock time alone is on the day the story is at ("was shot at 10 p.m."), else on publication
        DateValue lastDay = ctx.recentFocus(Granularity.DAY);
        LocalDate day = lastDay != null && !f.words.contains("today") ? lastDay.startDay() : ctx.dct;
        if (f.words.contains("yesterday")) {
            day = ctx.dct.minusDays(1);
        } else if (f.words.contains("tomorrow")) {
            day = ctx.dct.plusDays(1);
        }
        if (f.month != NONE && f.day != NONE) {
            int y = f.year != NONE ? f.year : inferYear(ctx.dct, f.month, f.day, tense);
            day = LocalDate.of(y, f.month, f.day);
        } else if (f.weekday != NONE) {
            day = weekday(ctx.dct, f.weekday, tense);
        }
        int hour = f.hour;
        int minute = f.minute == NONE ? 0 : f.minute;
        if (f.words.contains("noon") || f.words.contains("midday")) {
            hour = 12;
        } else if (f.words.contains("midnight")) {
            hour = 24;
        }
        if (hour == NONE || hour > 24) {
            return null;
        }
        if ("PM".equals(f.ampm) && hour < 12) {
            hour += 12;
        } else if ("AM".equals(f.ampm) && hour == 12) {
            hour = 0;
        }
        return new Normalised(TimexType.TIME,
                DateValues.day(day).value() + "T" + DateValues.pad2(hour) + ":" + DateValues.pad2(minute), true);
    }

    private Normalised holiday(Fields f, Context ctx, String which, int tense) {
        int year = f.year;
        int[] md = holidayMonthDay(which, f, year == NONE ? ctx.dct.getYear() : year);
        if (md == null) {
            return null;
        }
        if (year == NONE) {
            year = inferYear(ctx.dct, md[0], md[1], tense);
            md = holidayMonthDay(which, f, year);
        }
        LocalDate day = LocalDate.of(year, md[0], md[1]);
        // "Easter week": the week that ends on Easter Sunday
        return date(f.words.contains("week") ? DateValues.weekOf(day) : DateValues.day(day), true);
    }

    private static int[] holidayMonthDay(String which, Fields f, int year) {
        LocalDate d;
        switch (which) {
            case "new-year" -> {
                return f.words.contains("eve") ? new int[] {12, 31} : new int[] {1, 1};
            }
            case "thanksgiving" -> d = LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor-day" -> d = LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial-day" -> d = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election-day" -> d = LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            case "easter" -> d = easter(year);
            case "good-friday" -> d = easter(year).minusDays(2);
            default -> {
                String[] p = which.split("-");
                return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
            }
        }
        return new int[] {d.getMonthValue(), d.getDayOfMonth()};
    }

    /** Gregorian Easter Sunday (the anonymous algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    // ------------------------------------------------------------------ calendar reasoning

    /**
     * The year of a month and day mentioned without one: in the past for a past tense, ahead for a
     * future one; otherwise the coming three months or else the last twelve (the coming two
     * months when the date falls before the publication date).
     */
    static int inferYear(LocalDate dct, int month, int day, int tense) {
        int y = dct.getYear();
        LocalDate same = dateIn(y, month, day);
        LocalDate next = dateIn(y + 1, month, day);
        // A past tense still allows the next two months ("extended the offer to Nov. 20", "holders
        // of record Dec. 14") and a future the last two ("had bought shares through Sept. 29").
        if (tense < 0) {
            return !same.isAfter(dct.plusDays(60)) ? y : y - 1;
        }
        if (tense > 0) {
            return !same.isBefore(dct.minusDays(60)) ? y : y + 1;
        }
        if (same.isAfter(dct)) {
            return !same.isAfter(dct.plusDays(92)) ? y : y - 1;
        }
        return !next.isAfter(dct.plusDays(60)) ? y + 1 : y;
    }

    /**
     * The year of a bare month told in the past tense ("resigned in April", written in March): one that has begun by
     * the publication date, this year's or else last year's (the days a past tense may still reach ahead, "extended
     * the offer to Nov. 20", are days, not months).
     */
    static int pastMonthYear(LocalDate dct, int month) {
        return LocalDate.of(dct.getYear(), month, 1).isAfter(dct) ? dct.getYear() - 1 : dct.getYear();
    }

    /**
     * A bare month right after "in" and a verb in the simple past ("resigned in April", "was elected in May") or its
     * object ("closed the border in April"), a few words back with no comma, "to" or future between them, as
     * {@link #tenseOf} reads it: a month the text tells as gone, not one of the plans and targets a past tense also
     * reaches ("to be published in early November", "planned for early March").
     */
    private boolean afterPastVerb(Context ctx) {
        int in = ctx.matchFrom - 1;
        if (in < ctx.sentenceFrom || !ctx.t.lower[in].equals("in")) {
            return false;
        }
        for (int k = in - 1; k >= Math.max(ctx.sentenceFrom, in - 5); k--) {
            String w = ctx.t.lower[k];
            if (ctx.t.shape[k] == Tokens.PUNCT || w.equals("to") || w.equals("and") || w.equals("when")) {
                return false;
            }
            int v = tenseOf(ctx.t, ctx.entries, k);
            if (v != 0) {
                return v < 0;
            }
        }
        return false;
    }

    private static LocalDate dateIn(int y, int month, int day) {
        return LocalDate.of(y, month, Math.min(day, Month.of(month).length(java.time.Year.isLeap(y))));
    }

    /** The year, near the publication date, in which a month and day fall on the weekday named. */
    static int yearOfWeekday(LocalDate dct, int month, int day, int weekday) {
        int y = dct.getYear();
        for (int d : new int[] {0, -1, 1, -2, 2}) {
            try {
                if (LocalDate.of(y + d, month, day).getDayOfWeek().getValue() == weekday) {
                    return y + d;
                }
            } catch (java.time.DateTimeException e) {
                // February 29 in a common year
            }
        }
        return NONE;
    }

    /**
     * The year of a bare month, day, season or quarter when the text has just written another one
     * out: "In 2006 the dam opened. In October it flooded." It applies only where the publication
     * year cannot be meant: in a past-tense sentence the date would lie after publication, in a
     * sentence ahead it would already be past ("The 2022 season begins in March", written in
     * December 2021). The year counts from the same sentence, or from the sentence before in the
     * same paragraph when it framed it ("In 2006, ..."; not "since 1990"). On TimeBank, AQUAINT and
     * MEANTIME this changes nothing; a looser rule (any earlier year, any tense) cost value F1 there.
     */
    private static int focusYear(Context ctx, int tense, int month, int day) {
        if (ctx.yearMention == NONE || ctx.yearMention == ctx.dct.getYear()) {
            return NONE;
        }
        int y = ctx.yearMention;
        boolean sameSentence = ctx.yearMentionSentence == ctx.sentence;
        boolean previous = ctx.yearMentionSentence == ctx.sentence - 1 && ctx.yearMentionParagraph == ctx.paragraph
                && ctx.yearMentionFrames;
        if (!sameSentence && !previous) {
            return NONE;
        }
        // "founded in 2006 by Peter Beck, called off launches in December", "killed 600,000 people in 2021, ...
        // according to a report published in December": a year told in another clause, a comma away, is not the
        // month's year in a past-tense sentence (a year opening the sentence, "In 2006, ...", still frames it)
        if (sameSentence && tense < 0 && !ctx.yearMentionFrames && commaBetween(ctx.t, ctx.yearMentionTo, ctx.matchFrom)) {
            return NONE;
        }
        LocalDate inDctYear = dateIn(ctx.dct.getYear(), month, day);
        if (y < ctx.dct.getYear() && tense < 0 && inDctYear.isAfter(ctx.dct)) {
            return y;
        }
        if (y > ctx.dct.getYear() && tense >= 0 && sameSentence && inDctYear.isBefore(ctx.dct)) {
            return y;
        }
        return NONE;
    }

    private static boolean commaBetween(Tokens t, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (t.lower[i].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A weekday named without a date: the last one for the past, the next one for the future. */
    static LocalDate weekday(LocalDate dct, int weekday, int tense) {
        DayOfWeek wd = DayOfWeek.of(weekday);
        if (tense > 0) {
            return dct.with(TemporalAdjusters.nextOrSame(wd));
        }
        return dct.with(TemporalAdjusters.previousOrSame(wd));
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 4;
        };
    }

    /**
     * The tense around a match: the nearest tense marker within the sentence, looking both ways:
     * -1 past, +1 future, 0 unknown.
     */
    private int tense(Context ctx, TimexGrammar.Match m, Sentences.Span sentence) {
        int v = tenseOrPresent(ctx, m, sentence);
        return v == PRESENT ? 0 : v;
    }

    /** As {@link #tense}, but {@link #PRESENT} when the clause around the match is in the present. */
    private int tenseOrPresent(Context ctx, TimexGrammar.Match m, Sentences.Span sentence) {
        int v = clauseOrSentenceTense(ctx, m, sentence);
        // "had been due to run in Rotterdam on April 14": a plan called off before its day, a day or month that
        // mostly still lies ahead of the report; "had been due to expire Friday evening": a weekday, one just past
        if (v == CALLED_OFF) {
            return bareWeekday(ctx, m) ? -1 : 1;
        }
        return v == INTENT ? intended(ctx, m) : v;
    }

    /**
     * "agreed to visit Pyongyang in the autumn", "agreed to sell the line in February": a month or
     * season after what was agreed, promised or decided is when that happens, ahead of the decision;
     * "Bahrain agreed to follow suit on Friday": a day, the day the decision was made.
     */
    private int intended(Context ctx, TimexGrammar.Match m) {
        for (int i = m.spanFrom(); i < m.spanTo(); i++) {
            TimexLexicon.Entry e = ctx.entries[i];
            if (e != null && (e.mask & (1L << lex.day | 1L << lex.ordDay | 1L << bWeekday)) != 0) {
                return -1;
            }
        }
        return 1;
    }

    private int clauseOrSentenceTense(Context ctx, TimexGrammar.Match m, Sentences.Span sentence) {
        Tokens t = ctx.t;
        int before = m.spanFrom() - 1;
        if (before >= sentence.from() && ctx.entries[before] != null
                && (ctx.entries[before].mask & (1L << bUntil)) != 0) {
            // "until Thursday, they had not called him a suspect", "had filed reports by Wednesday":
            // a limit seen from after it, so one already past
            return pastPerfectNear(t, m, sentence) ? -1 : 1;
        }
        // "called another day of strikes for Tuesday", "a vote set for Friday": a weekday something is called,
        // set or booked for lies ahead of the calling
        // ("a service planned for Saturday was canceled": a verb right after it tells the tense)
        if (before >= sentence.from() && t.lower[before].equals("for") && bareWeekday(ctx, m)
                && !(m.spanTo() < sentence.to() && tenseOf(t, ctx.entries, m.spanTo()) != 0)) {
            return pastPerfectNear(t, m, sentence) ? -1 : 1;
        }
        // "set sentencing for May 4", "adjourned the hearing for March 3", "elections have been set for June": a day or
        // month a hearing or vote is set for lies ahead of the setting
        if (before >= sentence.from() && t.lower[before].equals("for") && monthWithoutYear(ctx, m)
                && scheduledBefore(t, before, sentence)) {
            if (!pastPerfectNear(t, m, sentence)) {
                return 1;
            }
            // a day after a past perfect is past; "The race, which had been scheduled for March, was called off": a
            // month is read below, as plans called off are
            if (hasDay(ctx, m)) {
                return -1;
            }
        }
        // "called for another day of marches on Thursday", "summoned the party leaders to a meeting on Friday":
        // a gathering called for or summoned to is ahead of the call
        if (before >= sentence.from() && t.lower[before].equals("on") && bareWeekday(ctx, m)
                && calledGathering(t, before, sentence)) {
            return pastPerfectNear(t, m, sentence) ? -1 : 1;
        }
        // first the clause around the expression, the verb before it first: "the flame, which
        // arrived on Friday, will stay"
        int inClause = clauseTense(ctx, m, sentence);
        // "leads the polls for the presidential election on October 7", "must fight the referendum on June 23",
        // "Germans go to the polls in September": a vote dated in a clause with no past or future of its own is the
        // coming one ("who lost the election in October" has its past)
        if ((inClause == 0 || inClause == PRESENT) && votePhraseBefore(t, before, sentence)) {
            return 1;
        }
        if (inClause != 0) {
            return inClause;
        }
        // then the nearest tense anywhere in the sentence, however far ("two new flights would
        // leave on Monday nights from March 30, with the third departing each Thursday from
        // August 6"); a quotation mark ends the search that way: "... leave at 4 a.m. Thursday,"
        // Castro said
        boolean leftOpen = true;
        boolean rightOpen = true;
        for (int dist = 1; leftOpen || rightOpen; dist++) {
            int left = m.spanFrom() - dist;
            leftOpen &= left >= sentence.from() && !isQuote(t, left);
            if (leftOpen) {
                int v = tenseOf(t, ctx.entries, left);
                if (v != 0) {
                    return v;
                }
            }
            int right = m.spanTo() - 1 + dist;
            // "warned Putin on December 30, that Russia would face ...": what was said after "that" has its own tense
            rightOpen &= right < sentence.to() && !isQuote(t, right) && !t.lower[right].equals("that");
            if (rightOpen) {
                int v = tenseOf(t, ctx.entries, right);
                if (v != 0) {
                    return v;
                }
            }
        }
        return 0;
    }

    /** Nouns of a vote, which is held on its day. */
    private static final Set<String> VOTES = Set.of("election", "elections", "referendum", "polls", "vote", "ballot",
            "runoff", "run-off", "primary", "primaries", "by-election", "caucuses", "plebiscite");

    /**
     * True when {@code at} is "on" or "in" right after a vote's noun or after the noun and "is" or "are": "the
     * election on", "the referendum in", "the polls in", "the election is in".
     */
    private static boolean votePhraseBefore(Tokens t, int at, Sentences.Span sentence) {
        if (at < sentence.from() + 1 || !(t.lower[at].equals("on") || t.lower[at].equals("in"))) {
            return false;
        }
        // "In the original vote on March 31, İmamoğlu had won": a sentence's opening phrase takes its tense from the
        // clause after it
        if (Words.PREPOSITIONS.contains(t.lower[sentence.from()])) {
            boolean commaBefore = false;
            for (int i = sentence.from(); i < at && !commaBefore; i++) {
                commaBefore = t.lower[i].equals(",");
            }
            if (!commaBefore) {
                return false;
            }
        }
        int noun = at - 1;
        if ((t.lower[noun].equals("is") || t.lower[noun].equals("are")) && noun > sentence.from()) {
            noun--;
        }
        return VOTES.contains(t.lower[noun]);
    }

    /** Gatherings one is called to: protests and meetings, and votes and stoppages, which are dated ahead too. */
    private static final Set<String> GATHERINGS = gatherings();

    private static Set<String> gatherings() {
        Set<String> all = new HashSet<>(Words.PROTEST_GATHERINGS);
        all.addAll(Words.MEETING_GATHERINGS);
        all.add("vote");
        all.add("stoppage");
        return Set.copyOf(all);
    }

    /**
     * True when the words before {@code on} (at {@code on}) name a gathering ("a virtual meeting", "another day
     * of marches in Paris") that is the object of a call: "called for ...", "summoned ... to ...".
     */
    private static boolean calledGathering(Tokens t, int on, Sentences.Span sentence) {
        boolean gathering = false;
        for (int i = on - 1; i >= Math.max(sentence.from(), on - 12); i--) {
            String w = t.lower[i];
            if (w.equals(",") || w.equals(";") || isQuote(t, i)) {
                return false;
            }
            if (GATHERINGS.contains(w)) {
                gathering = true;
            }
            if ((w.equals("for") || w.equals("to")) && gathering) {
                for (int k = i - 1; k >= Math.max(sentence.from(), i - 7); k--) {
                    if (t.lower[k].equals(",")) {
                        break;
                    }
                    if (Words.CALLS.contains(t.lower[k])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** What sets a day for something: "set sentencing for", "scheduled the vote for", "adjourned the case for". */
    private static final Set<String> SETTERS = Set.of("set", "sets", "scheduled", "schedules", "rescheduled", "fixed",
            "adjourned", "postponed", "delayed", "moved", "slated", "booked");

    /** A setting verb at most five words before {@code at} ("for"), within its clause. */
    private static boolean scheduledBefore(Tokens t, int at, Sentences.Span sentence) {
        for (int i = at - 1; i >= Math.max(sentence.from(), at - 5) && !isClauseBreak(t, i); i--) {
            if (SETTERS.contains(t.lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** A month, with or without its day, and no year beside it: "May 4", "4 May", "June". */
    private boolean monthWithoutYear(Context ctx, TimexGrammar.Match m) {
        boolean month = false;
        for (int i = m.spanFrom(); i < m.spanTo(); i++) {
            TimexLexicon.Entry e = ctx.entries[i];
            if (e == null) {
                continue;
            }
            if ((e.mask & 1L << lex.year) != 0) {
                return false;
            }
            month |= (e.mask & (1L << bMonth | 1L << bMonthX)) != 0;
        }
        return month;
    }

    /** A day of the month within the match: "May 4", "the 4th". */
    private boolean hasDay(Context ctx, TimexGrammar.Match m) {
        for (int i = m.spanFrom(); i < m.spanTo(); i++) {
            TimexLexicon.Entry e = ctx.entries[i];
            if (e != null && (e.mask & (1L << lex.day | 1L << lex.ordDay)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** A weekday named alone, with no month, day or year beside it. */
    private boolean bareWeekday(Context ctx, TimexGrammar.Match m) {
        boolean weekday = false;
        for (int i = m.spanFrom(); i < m.spanTo(); i++) {
            TimexLexicon.Entry e = ctx.entries[i];
            if (e == null) {
                continue;
            }
            if ((e.mask & (1L << lex.day | 1L << lex.ordDay | 1L << lex.year | 1L << bMonth | 1L << bMonthX)) != 0) {
                return false;
            }
            weekday |= (e.mask & (1L << bWeekday)) != 0;
        }
        return weekday;
    }

    /** A past perfect ("had", "hadn't") near a match in its sentence, not across a quotation mark. */
    private static boolean pastPerfectNear(Tokens t, TimexGrammar.Match m, Sentences.Span sentence) {
        for (int i = m.spanFrom() - 1; i >= Math.max(sentence.from(), m.spanFrom() - 8) && !isQuote(t, i); i--) {
            if (t.lower[i].equals("had") || t.lower[i].equals("hadn't")) {
                return true;
            }
        }
        for (int i = m.spanTo(); i < Math.min(sentence.to(), m.spanTo() + 8) && !isQuote(t, i); i++) {
            if (t.lower[i].equals("had") || t.lower[i].equals("hadn't")) {
                return true;
            }
        }
        return false;
    }

    /** The tense of the clause around a match, {@link #PRESENT} for a present-tense verb there, else 0. */
    private int clauseTense(Context ctx, TimexGrammar.Match m, Sentences.Span sentence) {
        Tokens t = ctx.t;
        for (int i = m.spanFrom() - 1; i >= Math.max(sentence.from(), m.spanFrom() - 25) && !isClauseBreak(t, i); i--) {
            int v = isPresent(t, ctx.entries, i) ? presentOf(ctx.entries[i]) : tenseOf(t, ctx.entries, i);
            if (v != 0) {
                return v;
            }
        }
        for (int i = m.spanTo(); i < Math.min(sentence.to(), m.spanTo() + 12) && !isClauseBreak(t, i); i++) {
            int v = isPresent(t, ctx.entries, i) ? presentOf(ctx.entries[i]) : tenseOf(t, ctx.entries, i);
            if (v != 0) {
                return v;
            }
        }
        return 0;
    }

    /**
     * "Taiwan holds elections on January 16", "the city, which hosts the Games in August", "his term
     * ends in May": a present-tense verb that schedules an event (PRES 2 in the word list) puts a bare
     * date ahead, a month as much as a day; "is" and "are" (PRES 1) only read a day ahead.
     */
    private int presentOf(TimexLexicon.Entry e) {
        return e.value(bPres).startsWith("2") ? 1 : PRESENT;
    }

    private boolean isPresent(Tokens t, TimexLexicon.Entry[] entries, int i) {
        if (entries[i] == null || (entries[i].mask & (1L << bPres)) == 0) {
            return false;
        }
        // "will meet", "to meet": an infinitive, whose tense is the modal's
        String prev = i > 0 ? t.lower[i - 1] : "";
        // "Greeks vote on Sunday", "voters vote", "The Games open on February 9": a verb that is also a noun
        // (PRES 2p) only after a people or a name in the plural, not the noun ("the vote", "the open")
        // "the Games, which open on February 9", "Argentina, who face Mexico on Saturday": a relative pronoun too
        boolean relative = prev.equals("who") || prev.equals("which");
        if ("2p".equals(entries[i].value(bPres)) && !(relative || prev.equals("voters") || prev.equals("they") || i > 0
                && t.isCapitalised(i - 1) && prev.endsWith("s") && !prev.endsWith("'s") && prev.length() > 3)) {
            return false;
        }
        // "The duties take effect on February 7", "the rules come into force": a verb that schedules only with its
        // object (PRES 2e), "effect" or "into force" (into effect) right after it
        if ("2e".equals(entries[i].value(bPres)) && !(i + 1 < t.size && (t.lower[i + 1].equals("effect")
                || i + 2 < t.size && t.lower[i + 1].equals("into")
                && (t.lower[i + 2].equals("force") || t.lower[i + 2].equals("effect"))))) {
            return false;
        }
        // "They face West Ham on Thursday", "Arsenal host Atletico on Thursday": a fixture's verb (PRES 2t) after
        // "they" or a team's name, itself after no article ("the Arsenal host" is no such name)
        if ("2t".equals(entries[i].value(bPres)) && !(relative || prev.equals("they") || i > 0 && t.isCapitalised(i - 1)
                && t.shape[i - 1] == Tokens.WORD && !prev.endsWith("'s")
                && !(i > 1 && isDeterminer(t.lower[i - 2])))) {
            return false;
        }
        return !(prev.equals("will") || prev.equals("would") || prev.equals("to") || prev.equals("could")
                || prev.equals("should") || prev.equals("may") || prev.equals("might") || prev.equals("can")
                || prev.equals("shall") || prev.equals("must") || prev.equals("did") || prev.equals("not"));
    }

    private static boolean isClauseBreak(Tokens t, int i) {
        if (t.shape[i] != Tokens.PUNCT) {
            return false;
        }
        String p = t.lower[i];
        return p.equals(",") || p.equals(";") || p.equals(":") || p.equals("(") || p.equals(")") || isQuote(t, i);
    }

    private static boolean isQuote(Tokens t, int i) {
        if (t.shape[i] != Tokens.PUNCT) {
            return false;
        }
        String p = t.lower[i];
        return p.equals("\"") || p.equals("'") || p.equals("`") || p.equals("\u201c") || p.equals("\u201d");
    }

    private static final Set<String> OBJECTS = Set.of("it", "them", "him", "her");
    private static final Set<String> CAUSATIVES = Set.of("have", "has", "having", "get", "gets", "getting");

    /** "agreed to visit in the autumn": what was agreed, promised or decided lies ahead of the agreement. */
    private static final Set<String> INTENTIONS = Set.of("agreed", "promised", "pledged", "vowed", "decided",
            "voted", "offered", "threatened", "undertook", "resolved");

    private static final Set<String> PREPOSITIONS = Set.of("at", "for", "on", "in", "by", "during", "until", "from");

    private static final Set<String> NOT_NOUNS = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "also", "not", "already",
            "originally", "previously", "as", "and", "or", "but", "will", "would", "then", "now", "long");

    /** A lower-case word before token {@code i} that is no auxiliary, pronoun or adverb: a noun, most likely. */
    private static boolean afterNoun(Tokens t, int i) {
        return i > 0 && t.shape[i - 1] == Tokens.WORD && !t.isCapitalised(i - 1) && !NOT_NOUNS.contains(t.lower[i - 1])
                && !t.lower[i - 1].endsWith("ly");
    }

    private static boolean isDeterminer(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("his")
                || w.equals("her") || w.equals("their") || w.equals("our") || w.equals("this") || w.equals("that");
    }

    private int tenseOf(Tokens t, TimexLexicon.Entry[] entries, int i) {
        if (t.shape[i] != Tokens.WORD) {
            return 0;
        }
        TimexLexicon.Entry e = entries[i];
        String w = t.lower[i];
        int n = w.length();
        String prev = i > 0 ? t.lower[i - 1] : "";
        if (e != null) {
            if ((e.mask & (1L << bFut)) != 0) {
                // "the plan Aug. 21" is a noun; "plans to visit" looks ahead
                if ((w.equals("plan") || w.equals("plans")) && !(i + 1 < t.size && t.lower[i + 1].equals("to"))) {
                    return 0;
                }
                // "were planning to drive": still ahead; "was expected": a plan seen
                // from the past
                if (w.equals("planning") || w.equals("going")) {
                    return 1;
                }
                // "could not stop the bullet", "could not be reached": a failure already met
                if (w.equals("could") && i + 1 < t.size && t.lower[i + 1].equals("not")) {
                    return -1;
                }
                // "a memorial service planned at the university for Saturday was canceled": a
                // participle between its noun and a preposition; the clause's own verb decides
                // ("the council planned a vigil for Saturday" keeps the plan ahead)
                if ((w.equals("planned") || w.equals("scheduled")) && afterNoun(t, i) && i + 1 < t.size
                        && PREPOSITIONS.contains(t.lower[i + 1])) {
                    return 0;
                }
                if ((w.equals("due") || w.equals("scheduled")) && i >= 2 && t.lower[i - 1].equals("been")
                        && t.lower[i - 2].equals("had")) {
                    return CALLED_OFF;
                }
                for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                    String a = t.lower[k];
                    if (a.equals("had") || a.equals("was") || a.equals("were") || a.equals("previously")
                            || a.equals("originally")) {
                        return -1;
                    }
                }
                return 1;
            }
            if ((e.mask & (1L << bPast)) != 0) {
                // "will be held", "to be made": a participle, not a past tense
                boolean participle = prev.equals("be") || prev.equals("been") || prev.equals("being") || prev.equals("is")
                        || prev.equals("are") || prev.equals("to");
                return participle ? 0 : -1;
            }
        }
        // "set to resume Monday", "is to meet", "due to leave": an arrangement ahead
        if (w.equals("to") && i > 0 && i + 1 < t.size && t.shape[i + 1] == Tokens.WORD) {
            if (prev.equals("set") || prev.equals("is") || prev.equals("are") || prev.equals("ready")) {
                return 1;
            }
            // "agreed to sell the line in February", not "agreed to the arrangement in December": an infinitive
            if (INTENTIONS.contains(prev) && !isDeterminer(t.lower[i + 1])) {
                return INTENT;
            }
        }
        if (n > 3 && w.endsWith("'ll")) {
            return 1;
        }
        if (w.equals("won't")) {
            return 1;
        }
        if (w.equals("didn't") || w.equals("wasn't") || w.equals("weren't") || w.equals("hadn't")) {
            return -1;
        }
        if (n >= 5 && Words.endsLikePast(w) && !t.isCapitalised(i)) {
            // "a still unspecified date", "the newly elected council": a determiner and an adverb
            // before a participle make it an adjective too
            String det = prev.equals("still") || prev.endsWith("ly") && prev.length() > 3 ? (i > 1 ? t.lower[i - 2] : "")
                    : prev;
            boolean adjective = isDeterminer(det) || prev.equals("is") || prev.equals("are")
                    || prev.equals("be") || prev.equals("been") || prev.equals("will");
            // "to have it overturned on Monday", "get them repaired": a participle after a causative and its
            // object; the tense is the causative's
            boolean causative = i > 1 && OBJECTS.contains(prev) && CAUSATIVES.contains(t.lower[i - 2]);
            return adjective || causative ? 0 : -1;
        }
        return 0;
    }
}
