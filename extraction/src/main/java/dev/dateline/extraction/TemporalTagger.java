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
    /**
     * How many sentences after an explicit year a bare month still takes that year ("In 2006 ...
     * in October"). Measured on TimeBank, AQUAINT and MEANTIME, news copy anchors bare months to the
     * publication date far more often, so this is off (-1) unless -Ddateline.focusSpan says otherwise.
     */
    private static final int FOCUS_SPAN = Integer.getInteger("dateline.focusSpan", -1);
    private static final Set<String> RATE_WORDS = Set.of("million", "billion", "trillion", "thousand", "hundred",
            "times", "twice", "once", "dozens", "hundreds", "thousands", "cents", "dollars", "percent");
    private static final int FUZZY = -1;
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
                if (date != null && n.updatesFocus && !attributiveYear(t, m)) {
                    ctx.setFocus(date);
                    ctx.focusSentence = s;
                    ctx.focusAbsolute = n.absolute;
                }
            }
        }
        return hits;
    }

    /** "a 2018 pact": a year that names a thing does not move the date in focus. */
    private static boolean attributiveYear(Tokens t, TimexGrammar.Match m) {
        int before = m.spanFrom() - 1;
        int after = m.spanTo();
        return m.spanTo() - m.spanFrom() == 1 && t.shape[m.spanFrom()] == Tokens.NUMBER && before >= 0 && after < t.size
                && (t.lower[before].equals("a") || t.lower[before].equals("the") || t.lower[before].equals("its")
                || t.lower[before].equals("their") || t.lower[before].equals("his") || t.lower[before].equals("her"))
                && t.shape[after] == Tokens.WORD && Character.isLowerCase(t.text.charAt(t.start[after]));
    }

    // ------------------------------------------------------------------ filters

    private boolean accept(Tokens t, TimexLexicon.Entry[] entries, TimexGrammar.Match m) {
        int[] el = m.elements();
        int n = m.spanTo() - m.spanFrom();
        int first = m.spanFrom() - m.from();
        if (n == 1) {
            int e = el[first];
            int tok = m.spanFrom();
            if (e == lex.year) {
                return acceptBareYear(t, tok);
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
        for (int k = first; k < first + n; k++) {
            // "last sat", "the sun": short weekday names count only when written as names
            if (el[k] == bWeekday && t.lower[m.from() + k].length() < 6 && !t.isCapitalised(m.from() + k)) {
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
                if (t.shape[k] == Tokens.NUMBER || RATE_WORDS.contains(t.lower[k])) {
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
        boolean focusAbsolute;
        int sentence;

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
                    continue;
                }
                String v = ctx.entries[tok].value(b);
                if (b == lex.year) {
                    year = Integer.parseInt(v);
                } else if (b == bMonth || b == bMonthX) {
                    month = Integer.parseInt(v);
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
                    unit = v;
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
        }
    }

    private Normalised normalise(TimexGrammar.Match m, Context ctx, Sentences.Span sentence, int sentenceIndex) {
        if (m.rule().function().equals("reject")) {
            return REJECTED;
        }
        ctx.sentence = sentenceIndex;
        Fields f = new Fields(m, ctx);
        String[] args = m.rule().args();
        try {
            return switch (m.rule().function()) {
                case "date" -> date(f, ctx, tense(ctx, m, sentence));
                case "rel" -> rel(f, ctx, tense(ctx, m, sentence));
                case "offset" -> offset(f, ctx, args[0], Integer.parseInt(args[1]));
                case "focus" -> focus(f, ctx);
                case "dct" -> dct(f, ctx, args);
                case "ref" -> new Normalised(TimexType.DATE, args.length > 0 ? args[0]
                        : f.dir < 0 ? "PAST_REF" : f.dir > 0 ? "FUTURE_REF" : "PRESENT_REF", false);
                case "quarter" -> quarter(f, ctx, tense(ctx, m, sentence), args.length > 0 ? Integer.parseInt(args[0]) : 0);
                case "year-words" -> yearWords(f);
                case "half" -> half(f, ctx);
                case "duration" -> duration(f);
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
        // TimeBank mostly annotates "Friday night" as the day itself: a part of the day adds nothing
        // that dates an event, so the value stays a day.
        return date(day, true);
    }

    private Normalised date(Fields f, Context ctx, int tense) {
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
            if (year == NONE && f.day != NONE && f.weekday != NONE) {
                year = yearOfWeekday(ctx.dct, f.month, f.day, f.weekday);
            }
            if (year == NONE) {
                year = focusYear(ctx);
            }
            if (year == NONE) {
                year = inferYear(ctx.dct, f.month, f.day == NONE ? 15 : f.day, tense);
            }
            if (f.day != NONE) {
                Normalised n = withPod(DateValues.day(LocalDate.of(year, f.month, f.day)), f.pod);
                return f.year == NONE ? n : new Normalised(n.type, n.value, true, true);
            }
            return new Normalised(TimexType.DATE, DateValues.month(year, f.month).value(), true, f.year != NONE);
        }
        if (f.season != null) {
            if (year == NONE) {
                year = focusYear(ctx);
            }
            if (year == NONE) {
                int mid = switch (f.season) {
                    case "SP" -> 4;
                    case "SU" -> 7;
                    case "FA" -> 10;
                    default -> 1;
                };
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
                y = f.month < cur ? y : y - 1;
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
        return date(shift(d, f.unit, dir), true);
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

    private Normalised offset(Fields f, Context ctx, String anchor, int sign) {
        String unit = f.unit == null ? "Y" : f.unit;
        int n = f.num == NONE ? 1 : f.num;
        if (f.num == FUZZY || (f.num == NONE && f.words.contains("plural"))) {
            return new Normalised(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", false);
        }
        if (f.num == HALF || f.words.contains("half")) {
            return null;
        }
        if (f.words.contains("quarter") || f.words.contains("period")) {
            DateValue q = ctx.focus != null && ctx.focus.granularity() == Granularity.QUARTER ? ctx.focus
                    : DateValues.at(previousQuarterStart(ctx.dct), Granularity.QUARTER);
            return date(DateValues.at(q.startDay().plusYears((long) sign * n), Granularity.QUARTER), false);
        }
        if (anchor.equals("dct") && unit.equals("Y") && ctx.focus != null && ctx.focus.granularity() == Granularity.QUARTER
                && ctx.sentence - ctx.focusSentence <= 3) {
            anchor = "focus";
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
        LocalDate base = fromFocus ? ctx.focus.startDay() : ctx.dct;
        if (unit.equals("H") || unit.equals("MI") || unit.equals("S")) {
            return null;
        }
        DateValue v = shift(base, unit, sign * n);
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
        return date(v, !fromFocus || v.granularity() != Granularity.QUARTER);
    }

    private Normalised focus(Fields f, Context ctx) {
        int dir = f.fdir == NONE ? 0 : f.fdir;
        DateValue focus = ctx.focus;
        if (f.words.contains("quarter") || f.words.contains("period")) {
            if (focus != null && focus.granularity() == Granularity.QUARTER) {
                return date(focus, false);
            }
            return date(DateValues.at(previousQuarterStart(ctx.dct), Granularity.QUARTER), false);
        }
        if (focus == null) {
            focus = DateValues.day(ctx.dct);
        }
        if (f.pod != null) {
            return focus.granularity() == Granularity.DAY ? withPod(focus, f.pod) : null;
        }
        if (f.words.contains("time")) {
            return ctx.focus == null ? null : date(ctx.focus, false);
        }
        if (f.weekday != NONE) {
            LocalDate base = focus.startDay();
            DayOfWeek wd = DayOfWeek.of(f.weekday);
            return date(DateValues.day(dir < 0 ? base.with(TemporalAdjusters.previous(wd))
                    : base.with(TemporalAdjusters.next(wd))), true);
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
        if (!focus.granularity().isFinerOrEqual(g)) {
            return null;
        }
        return date(shift(focus.startDay(), unit, dir), true);
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
        if (q == NONE) {
            DateValue base = ctx.focus != null && ctx.focus.granularity() == Granularity.QUARTER ? ctx.focus
                    : DateValues.at(previousQuarterStart(ctx.dct), Granularity.QUARTER);
            q = (base.startDay().getMonthValue() - 1) / 3 + 1;
        }
        if (f.dir != NONE && f.year == NONE) {
            return date(DateValues.quarter(ctx.dct.getYear() + f.dir, q), true);
        }
        if (shiftYears != 0) {
            int y = ctx.focus != null && ctx.focus.granularity() == Granularity.QUARTER ? ctx.focus.startDay().getYear()
                    : ctx.dct.getYear();
            return date(DateValues.quarter(y + shiftYears, q), false);
        }
        if (q < 1 || q > 4) {
            return null;
        }
        int year = f.year;
        if (year == NONE) {
            int dctQ = (ctx.dct.getMonthValue() - 1) / 3 + 1;
            year = ctx.dct.getYear();
            if (ctx.focus != null && ctx.focus.granularity() == Granularity.QUARTER) {
                year = ctx.focus.startDay().getYear();
            } else if (!f.words.contains("this") && q > dctQ && tense <= 0) {
                year--;
            }
        }
        return date(DateValues.quarter(year, q), true);
    }

    private Normalised half(Fields f, Context ctx) {
        int h = f.ord != NONE ? f.ord : f.words.contains("first") ? 1 : f.words.contains("second") ? 2 : NONE;
        if (h != 1 && h != 2) {
            return null;
        }
        int year = f.year != NONE ? f.year : ctx.focus != null ? ctx.focus.startDay().getYear() : ctx.dct.getYear();
        return date(DateValues.half(year, h), true);
    }

    private Normalised duration(Fields f) {
        String unit = f.unit != null ? f.unit : f.words.contains("year") ? "Y" : null;
        if (unit == null) {
            return null;
        }
        String amount;
        if (f.num == FUZZY || (f.num == NONE && f.words.contains("plural"))) {
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
            if (f.words.contains("half") && f.words.contains("and")) {
                amount = n + ".5";
            } else {
                amount = Integer.toString(n);
            }
        }
        String value = switch (unit) {
            case "H", "MI", "S" -> "PT" + amount + (unit.equals("MI") ? "M" : unit);
            case "FN" -> "P" + (amount.equals("X") ? "X" : Double.toString(Double.parseDouble(amount) * 2).replace(".0", "")) + "W";
            case "DE" -> amount.equals("X") ? "PXDE" : "P" + times(amount, 10) + "Y";
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
        List<Integer> n = f.numbers;
        if (n.size() < 2 || n.get(0) != 19 || n.get(1) < 10 || n.get(1) % 10 != 0 && n.size() > 2) {
            return null;
        }
        int y = 1900 + n.get(1) + (n.size() > 2 && n.get(2) < 10 ? n.get(2) : 0);
        return new Normalised(TimexType.DATE, DateValues.year(y).value(), true, true);
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
        LocalDate day = ctx.dct;
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
        return date(DateValues.day(LocalDate.of(year, md[0], md[1])), true);
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
     * future one; otherwise the coming three months or else the last twelve.
     */
    static int inferYear(LocalDate dct, int month, int day, int tense) {
        int y = dct.getYear();
        LocalDate prev = dateIn(y - 1, month, day);
        LocalDate same = dateIn(y, month, day);
        LocalDate next = dateIn(y + 1, month, day);
        if (tense < 0) {
            return !same.isAfter(dct.plusDays(7)) ? y : y - 1;
        }
        if (tense > 0) {
            return !same.isBefore(dct.minusDays(7)) ? y : y + 1;
        }
        if (same.isAfter(dct)) {
            return !same.isAfter(dct.plusDays(92)) ? y : y - 1;
        }
        return !next.isAfter(dct.plusDays(92)) ? y + 1 : (prev.isAfter(dct) ? y - 1 : y);
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

    /** The year of the date in focus when the text moved away from the publication year just before. */
    private static int focusYear(Context ctx) {
        if (ctx.focus != null && ctx.focusAbsolute && ctx.sentence - ctx.focusSentence <= FOCUS_SPAN
                && ctx.focus.granularity().isFinerOrEqual(Granularity.YEAR)
                && ctx.focus.startDay().getYear() != ctx.dct.getYear()) {
            return ctx.focus.startDay().getYear();
        }
        return NONE;
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
        Tokens t = ctx.t;
        int before = m.spanFrom() - 1;
        if (before >= sentence.from() && ctx.entries[before] != null
                && (ctx.entries[before].mask & (1L << bUntil)) != 0) {
            return 1;
        }
        for (int dist = 1; dist <= 12; dist++) {
            int left = m.spanFrom() - dist;
            if (left >= sentence.from()) {
                int v = tenseOf(t, ctx.entries, left);
                if (v != 0) {
                    return v;
                }
            }
            int right = m.spanTo() - 1 + dist;
            if (right < sentence.to()) {
                int v = tenseOf(t, ctx.entries, right);
                if (v != 0) {
                    return v;
                }
            }
        }
        return 0;
    }

    private int tenseOf(Tokens t, TimexLexicon.Entry[] entries, int i) {
        if (t.shape[i] != Tokens.WORD) {
            return 0;
        }
        TimexLexicon.Entry e = entries[i];
        if (e != null) {
            if ((e.mask & (1L << bFut)) != 0) {
                // "had been due", "was expected": a plan seen from the past
                for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                    String w = t.lower[k];
                    if (w.equals("had") || w.equals("was") || w.equals("were")) {
                        return -1;
                    }
                }
                return 1;
            }
            if ((e.mask & (1L << bPast)) != 0) {
                return -1;
            }
        }
        String w = t.lower[i];
        int n = w.length();
        if (n > 3 && w.endsWith("'ll")) {
            return 1;
        }
        if (w.equals("won't")) {
            return 1;
        }
        if (w.equals("didn't") || w.equals("wasn't") || w.equals("weren't") || w.equals("hadn't")) {
            return -1;
        }
        if (n >= 5 && w.endsWith("ed") && !t.isCapitalised(i) && !w.endsWith("eed")) {
            String prev = i > 0 ? t.lower[i - 1] : "";
            boolean adjective = prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("its")
                    || prev.equals("his") || prev.equals("her") || prev.equals("their") || prev.equals("our")
                    || prev.equals("this") || prev.equals("that") || prev.equals("is") || prev.equals("are")
                    || prev.equals("be") || prev.equals("been") || prev.equals("will");
            return adjective ? 0 : -1;
        }
        return 0;
    }
}
