#!/usr/bin/env python3
"""Validate Dateline's sample articles and hand-annotated gold set.

Usage (from the repository root):
    python3 gold/validate.py                 # samples + every gold/ folder (dev..dev64, test2, test3)
                                             # and the second annotations in gold/agreement/
    python3 gold/validate.py --stats         # also print per-set statistics
    python3 gold/validate.py PATH ...        # only the given .jsonl files / gold folders

Checks, for samples/*.jsonl (except samples/malformed.jsonl, which must be broken
in exactly the documented way):
  * each line parses, has exactly the fields id,url,source,title,published,body;
  * published is ISO-8601 with an offset; ids unique; body 150-450 words,
    paragraphs separated by a blank line.
For each gold file (see docs/gold-format.md):
  * valid JSON, exactly the documented fields, id matches the folder and number
    in the file name, published is ISO-8601 with offset between 2015 and 2025;
  * body 120-600 words, 2-8 events;
  * each event: type and modality from the closed lists, date matches the
    TIMEX3 patterns, participants a non-empty list of non-empty strings,
    evidence a whole sentence of the body, dateText a substring of evidence;
  * when dateText names a weekday and date is a full day, the weekdays agree
    (for a span such as "on Monday and Tuesday", the first weekday named);
  * no article text is shared between any two gold folders or samples.
Exit status 0 when everything passes, 1 otherwise.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TYPES = {
    "NUCLEAR_TEST", "MISSILE_LAUNCH", "SATELLITE_LAUNCH", "LAUNCH",
    "SUMMIT", "MEETING", "VISIT", "CALL",
    "ELECTION", "SANCTIONS", "RESOLUTION", "AGREEMENT",
    "ATTACK", "AIR_STRIKE", "MILITARY_DRILL", "DEPLOYMENT",
    "STATEMENT", "REPORT",
    "DISASTER", "ACCIDENT", "CRASH", "LANDING",
    "APPOINTMENT", "RESIGNATION", "DEATH", "ARREST", "VERDICT", "PROTEST",
    "ACQUISITION", "PRODUCT_RELEASE", "MARKET_MOVE", "AID",
    "OTHER",
}
MODALITIES = {"ASSERTED", "PLANNED", "HYPOTHETICAL", "NEGATED"}
SAMPLE_FIELDS = ["id", "url", "source", "title", "published", "body"]
GOLD_FIELDS = SAMPLE_FIELDS + ["events"]
EVENT_FIELDS = ["date", "type", "participants", "modality", "dateText", "evidence"]

# TIMEX3 values allowed in the gold set.
DATE_RE = re.compile(
    r"^(?:"
    r"\d{4}-\d{2}-\d{2}"          # 2006-10-09
    r"|\d{4}-\d{2}"               # 2006-10
    r"|\d{4}"                     # 2006
    r"|\d{4}-Q[1-4]"              # 2024-Q2
    r"|\d{4}-H[12]"               # 2024-H1
    r"|\d{4}-(?:SP|SU|FA|WI)"     # 2019-SP
    r"|\d{4}-W\d{2}"              # 2022-W44
    r"|\d{3}X"                    # 199X (a decade)
    r"|\d{2}XX"                   # 19XX (a century)
    r")$")
ISO_OFFSET_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A sentence ends where the engine's splitter (extraction's Sentences.java) ends one: at . ! ?
# or an ellipsis (with any closing quotes or brackets) before whitespace and a capital letter of
# any alphabet, a digit, an opening quote, bracket or dash, unless the dot ends a title ("Gen."),
# a month or "No" before a number ("Oct. 9") or an initial before a capitalised word
# ("George W. Bush", but "Wii U. A new game" is two sentences), or a dotted abbreviation before a
# word that opens no sentence ("at 10 a.m. Monday", but "until 6 a.m. The curfew" is two). Writers avoid abbreviations, so
# these exceptions rarely matter.
SENT_END_RE = re.compile(r"(?<=[.!?\u2026])[\"\u201d\u2019')\].!?]*\s+(?=\S)")
TITLES = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "cpt", "sgt", "st",
          "prof", "rev", "adm", "cmdr", "gens", "reps", "sens", "messrs", "hon", "pres", "supt", "insp", "det",
          "fr", "vs", "v", "no", "nos", "ft", "mt", "etc", "approx", "dept", "est", "fig", "vol",
          "op", "cf", "al"}
# words that open a sentence but never follow an initial inside a name ("Wii U. A new game")
OPENERS = {"the", "a", "an", "it", "its", "he", "his", "she", "her", "they", "their", "we", "this", "that",
           "these", "those", "but", "and", "in", "on", "at", "as", "after", "when", "while", "there", "some",
           "many", "most"}
BEFORE_NUMBER = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
                 "p", "pp", "art", "sec"}


def ends_sentence(text, mark, nxt):
    """Whether the terminal mark at text[mark] ends a sentence whose successor starts at text[nxt]."""
    c = text[nxt]
    if not (c.isupper() or c.isdigit() or c in "\"\u201c'\u2018([-\u2014"):
        return False
    if text[mark] == ".":
        m = re.search(r"(\w+)$", text[:mark])
        if m and m.end() == mark:
            prev = m.group(1)
            if prev.lower() in TITLES:
                return False
            if prev.lower() in BEFORE_NUMBER and c.isdigit():
                return False
            if len(prev) == 1 and prev.isupper() and c.isupper():
                w = re.match(r"\w+", text[nxt:])
                if not (w and w.group().lower() in OPENERS):
                    return False
            # a dotted abbreviation ("6 a.m. The curfew", "at 10 a.m. Monday") ends one only before an opener
            if len(prev) == 1 and prev.islower() and re.search(r"\b\w\.\w$", text[:mark]):
                w = re.match(r"\w+", text[nxt:])
                if not (c.isupper() and w and w.group().lower() in OPENERS):
                    return False
    return True


def sentences(body):
    """Return the (start, end) spans of the sentences of body."""
    spans = []
    for para in re.finditer(r"[^\n]+", body):
        start = para.start()
        text = para.group()
        for m in SENT_END_RE.finditer(text):
            mark = m.start() - 1
            if not ends_sentence(text, mark, m.end()):
                continue
            end = para.start() + m.start()
            # keep closing quotes and brackets with their sentence
            while end < para.end() and body[end] in "\"\u201d\u2019')].!?":
                end += 1
            spans.append((start, end))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return spans


def parse_published(s):
    if not isinstance(s, str) or not ISO_OFFSET_RE.match(s):
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def word_count(s):
    return len(s.split())


RELATIVE_WORDS = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|these|earlier|later|"
    r"following|previous|preceding|before|after|same|that|then|since|now|recent|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|morning|afternoon|evening|night|the time)\b", re.I)


def date_text_kind(date_text):
    """'absolute' when the expression spells out a year ("in October 2006",
    "the 1990s"); 'relative' when it must be resolved against the publication
    date or an earlier date in the text ("last month", "on Tuesday", "the
    following year", "a day earlier"); 'underspecified' for the rest, which
    need only the year from context ("on March 11", "in June")."""
    if re.search(r"\b\d{4}s?\b", date_text) or re.search(r"\bcentury\b", date_text, re.I):
        return "absolute"
    if RELATIVE_WORDS.search(date_text):
        return "relative"
    return "underspecified"


def is_relative(date_text):
    return date_text_kind(date_text) != "absolute"


def check_publication_relative(rep, where, ev, pub_date):
    """Cross-check the common publication-relative expressions against the
    publication date (in the article's own time zone)."""
    text = ev["dateText"].lower()
    date = ev["date"]
    full = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", date)
    ym = re.match(r"^(\d{4})-(\d{2})$", date)
    yr = re.match(r"^(\d{4})$", date)
    wk = re.match(r"^(\d{4})-W(\d{2})$", date)
    d = dt.date(*map(int, full.groups())) if full else None

    def bad(expected):
        rep.err(where, f"dateText '{ev['dateText']}' resolves to {expected}, not {date}")

    def month_shift(n):
        y, m = pub_date.year, pub_date.month + n
        while m < 1:
            y, m = y - 1, m + 12
        while m > 12:
            y, m = y + 1, m - 12
        return f"{y:04d}-{m:02d}"

    if re.fullmatch(r"(?:early |late )?yesterday(?:'s)?(?: (?:morning|afternoon|evening))?", text):
        if d != pub_date - dt.timedelta(days=1):
            bad(pub_date - dt.timedelta(days=1))
    elif re.fullmatch(r"(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening)|(?:early |late )this morning", text):
        if d != pub_date:
            bad(pub_date)
    elif text == "tomorrow":
        if d != pub_date + dt.timedelta(days=1):
            bad(pub_date + dt.timedelta(days=1))
    elif re.fullmatch(r"last month", text) and not full:
        if date != month_shift(-1):
            bad(month_shift(-1))
    elif re.fullmatch(r"next month", text) and not full:
        if date != month_shift(1):
            bad(month_shift(1))
    elif re.fullmatch(r"(?:earlier |later )?this month|at the (?:start|end) of this month", text) and not full:
        if date != month_shift(0):
            bad(month_shift(0))
    elif re.fullmatch(r"(?:earlier |later )?(?:this|last|next) week", text):
        shift = {"this": 0, "last": -1, "next": 1}[re.search(r"(this|last|next) week", text).group(1)]
        iso = (pub_date + dt.timedelta(weeks=shift)).isocalendar()
        expected = f"{iso[0]:04d}-W{iso[1]:02d}"
        if date != expected:
            bad(expected)
    elif re.fullmatch(r"(?:in |from )?(?:[a-z]+ )?last year", text) and (yr or ym):
        if int(date[:4]) != pub_date.year - 1:
            bad(f"a date in {pub_date.year - 1}")
    elif re.fullmatch(r"(?:in |early |late )?(?:[a-z]+ )?next year", text) and (yr or ym):
        if int(date[:4]) != pub_date.year + 1:
            bad(f"a date in {pub_date.year + 1}")
    elif re.fullmatch(r"(?:earlier |later )?this year", text) and yr:
        if date != str(pub_date.year):
            bad(pub_date.year)
    m = re.fullmatch(r"(?:on |last |next |this |early on |late on |early |late )?"
                     r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?: (?:morning|afternoon|evening|night))?", text)
    if m and d is not None and abs((d - pub_date).days) > 7:
        rep.err(where, f"dateText '{ev['dateText']}' is more than a week from publication ({pub_date})")
    if m and not full:
        rep.err(where, f"dateText '{ev['dateText']}' names a day but date {date} is not a day")


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def check_sample_article(rep, where, obj, ids):
    if not isinstance(obj, dict):
        rep.err(where, "not a JSON object")
        return
    if list(obj.keys()) != SAMPLE_FIELDS:
        rep.err(where, f"fields {list(obj.keys())}, expected {SAMPLE_FIELDS}")
    for k in SAMPLE_FIELDS:
        if not isinstance(obj.get(k), str) or not obj.get(k).strip():
            rep.err(where, f"field '{k}' missing or empty")
    if obj.get("id") in ids:
        rep.err(where, f"duplicate id {obj.get('id')}")
    ids.add(obj.get("id"))
    if parse_published(obj.get("published")) is None:
        rep.err(where, f"published '{obj.get('published')}' is not ISO-8601 with offset")
    if not str(obj.get("url", "")).startswith("https://"):
        rep.err(where, "url must start with https://")
    body = obj.get("body") or ""
    if "\n" in body.replace("\n\n", ""):
        rep.err(where, "single newline in body; paragraphs are separated by a blank line")
    if "\n\n\n" in body or body != body.strip():
        rep.err(where, "body has stray blank lines or surrounding whitespace")


def check_samples(rep, path, stats):
    ids = set()
    n = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = f"{os.path.relpath(path, ROOT)}:{i}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                rep.err(where, f"invalid JSON: {e}")
                continue
            check_sample_article(rep, where, obj, ids)
            wc = word_count(obj.get("body", ""))
            if not 150 <= wc <= 450:
                rep.err(where, f"body has {wc} words, expected 150-450")
            n += 1
    if n < 14:
        rep.err(path, f"only {n} articles, expected at least 14")
    stats.append(f"{os.path.relpath(path, ROOT)}: {n} articles")
    return ids


def check_malformed(rep, path, stats):
    """samples/malformed.jsonl: 5 lines; line 3 broken JSON; line 4 lacks
    'published'; the others are valid articles."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    where = os.path.relpath(path, ROOT)
    if len(lines) != 5:
        rep.err(where, f"{len(lines)} lines, expected 5")
        return
    ids = set()
    for i, line in enumerate(lines, 1):
        w = f"{where}:{i}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            if i != 3:
                rep.err(w, "invalid JSON (only line 3 may be)")
            continue
        if i == 3:
            rep.err(w, "line 3 must be broken JSON")
        elif i == 4:
            if "published" in obj:
                rep.err(w, "line 4 must lack 'published'")
        else:
            check_sample_article(rep, w, obj, ids)
    stats.append(f"{where}: 5 lines (3 valid, 1 broken JSON, 1 without published)")


def read_json(rep, path):
    """The JSON value of a file, or None after reporting why it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        rep.err(os.path.relpath(path, ROOT), f"invalid JSON: {e}")
        return None


def check_gold_file(rep, path, folder, seen_ids):
    where = os.path.relpath(path, ROOT)
    obj = read_json(rep, path)
    if obj is None:
        return None
    if not isinstance(obj, dict):
        rep.err(where, "not a JSON object")
        return None
    return check_gold_object(rep, where, obj, os.path.basename(path), folder, seen_ids)


def check_gold_object(rep, where, obj, file_name, folder, seen_ids):
    if list(obj.keys()) != GOLD_FIELDS:
        rep.err(where, f"fields {list(obj.keys())}, expected {GOLD_FIELDS}")
    for k in SAMPLE_FIELDS:
        if not isinstance(obj.get(k), str) or not obj.get(k).strip():
            rep.err(where, f"field '{k}' missing or empty")
            return None
    m = re.match(r"^(\d{3})-[a-z0-9-]+\.json$", file_name)
    if not m:
        rep.err(where, "file name must look like 001-short-slug.json")
    elif obj["id"] != f"gold-{folder}-{m.group(1)}":
        rep.err(where, f"id '{obj['id']}' does not match file name (expected gold-{folder}-{m.group(1)})")
    if obj["id"] in seen_ids:
        rep.err(where, f"duplicate id {obj['id']}")
    seen_ids.add(obj["id"])
    pub = parse_published(obj["published"])
    if pub is None:
        rep.err(where, f"published '{obj['published']}' is not ISO-8601 with offset")
    elif not 2015 <= pub.year <= 2025:
        rep.err(where, f"published year {pub.year} outside 2015-2025")
    body = obj["body"]
    wc = word_count(body)
    if not 120 <= wc <= 600:
        rep.err(where, f"body has {wc} words, expected 120-600")
    if "\n" in body.replace("\n\n", "") or "\n\n\n" in body or body != body.strip():
        rep.err(where, "paragraphs must be separated by exactly one blank line")
    events = obj.get("events")
    if not isinstance(events, list) or not 2 <= len(events) <= 8:
        rep.err(where, f"expected 2-8 events, found {len(events) if isinstance(events, list) else 'none'}")
        return obj
    spans = sentences(body)
    sent_set = {body[a:b] for a, b in spans}
    keys = set()
    for j, ev in enumerate(events):
        w = f"{where} event {j}"
        if not isinstance(ev, dict) or list(ev.keys()) != EVENT_FIELDS:
            rep.err(w, f"fields {list(ev.keys()) if isinstance(ev, dict) else ev}, expected {EVENT_FIELDS}")
            continue
        if ev["type"] not in TYPES:
            rep.err(w, f"unknown type {ev['type']}")
        if ev["modality"] not in MODALITIES:
            rep.err(w, f"unknown modality {ev['modality']}")
        if not isinstance(ev["date"], str) or not DATE_RE.match(ev["date"]):
            rep.err(w, f"date '{ev['date']}' is not an allowed TIMEX3 value")
        else:
            full = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", ev["date"])
            if full:
                try:
                    d = dt.date(*map(int, full.groups()))
                except ValueError:
                    rep.err(w, f"date '{ev['date']}' does not exist")
                    d = None
                if d is not None:
                    # The first weekday named is the event's date; a span such as
                    # "on Monday and Tuesday" (a two-day event, dated by its first
                    # day) may name the following days too, each within the week.
                    named = [m.group(0).lower() for m in re.finditer(
                        r"\b(?:" + "|".join(WEEKDAYS) + r")\b", ev["dateText"], re.I)]
                    if named and WEEKDAYS.index(named[0]) != d.weekday():
                        rep.err(w, f"dateText '{ev['dateText']}' but {ev['date']} is a {WEEKDAYS[d.weekday()]}")
                    elif len(named) > 1 and not re.search(r"\b(?:and|to|through)\b", ev["dateText"], re.I):
                        rep.err(w, f"dateText '{ev['dateText']}' names several weekdays but is not a span")
                    else:
                        for later in named[1:]:
                            if WEEKDAYS.index(later) == d.weekday():
                                rep.err(w, f"dateText '{ev['dateText']}' repeats the weekday of {ev['date']}")
            mm = re.match(r"^\d{4}-(\d{2})", ev["date"])
            if mm and not ev["date"][5:6] in "QHSFW" and not 1 <= int(mm.group(1)) <= 12:
                rep.err(w, f"month out of range in {ev['date']}")
            wk = re.match(r"^\d{4}-W(\d{2})$", ev["date"])
            if wk and not 1 <= int(wk.group(1)) <= 53:
                rep.err(w, f"week out of range in {ev['date']}")
        p = ev["participants"]
        if not isinstance(p, list) or not p or not all(isinstance(x, str) and x.strip() for x in p):
            rep.err(w, "participants must be a non-empty list of names")
        if not isinstance(ev["evidence"], str) or ev["evidence"] not in body:
            rep.err(w, "evidence is not a substring of body")
        elif ev["evidence"] not in sent_set:
            rep.err(w, f"evidence is not a whole sentence of body: {ev['evidence'][:60]!r}")
        if not isinstance(ev["dateText"], str) or not ev["dateText"] or ev["dateText"] not in body:
            rep.err(w, f"dateText '{ev['dateText']}' is not a substring of body")
        elif ev["dateText"] not in ev["evidence"]:
            rep.err(w, f"dateText '{ev['dateText']}' is not inside the evidence sentence")
        if pub is not None and isinstance(ev["date"], str) and DATE_RE.match(ev["date"]) \
                and isinstance(ev["dateText"], str):
            try:
                check_publication_relative(rep, w, ev, pub.date())
            except ValueError:
                pass
        key = (ev["date"], ev["type"], ev["evidence"], tuple(ev["participants"]) if isinstance(p, list) else None)
        if key in keys:
            rep.err(w, "duplicate event")
        keys.add(key)
    return obj


def check_gold_folder(rep, folder_path, stats, min_articles, seen_ids):
    folder = os.path.basename(os.path.normpath(folder_path))
    files = sorted(glob.glob(os.path.join(folder_path, "*.json")))
    arts = []
    for path in files:
        obj = check_gold_file(rep, path, folder, seen_ids)
        if obj is not None:
            arts.append(obj)
    if len(files) < min_articles:
        rep.err(folder_path, f"{len(files)} articles, expected at least {min_articles}")
    evs = [e for a in arts for e in a.get("events", []) if isinstance(e, dict)]
    n = len(evs)
    kinds = {}
    for e in evs:
        k = date_text_kind(str(e.get("dateText", "")))
        kinds[k] = kinds.get(k, 0) + 1
    rel = kinds.get("relative", 0)
    non_asserted = sum(1 for e in evs if e.get("modality") != "ASSERTED")
    words = [word_count(a["body"]) for a in arts]
    types = {}
    for e in evs:
        types[e.get("type")] = types.get(e.get("type"), 0) + 1
    mods = {}
    for e in evs:
        mods[e.get("modality")] = mods.get(e.get("modality"), 0) + 1
    gran = {}
    for e in evs:
        d = str(e.get("date", ""))
        g = ("day" if re.match(r"^\d{4}-\d{2}-\d{2}$", d) else "month" if re.match(r"^\d{4}-\d{2}$", d)
             else "year" if re.match(r"^\d{4}$", d) else "other")
        gran[g] = gran.get(g, 0) + 1
    stats.append(
        f"gold/{folder}: {len(arts)} articles, {n} events "
        f"({rel} relative = {100 * rel / max(n, 1):.0f}%, "
        f"{kinds.get('underspecified', 0)} underspecified, {kinds.get('absolute', 0)} absolute; "
        f"{non_asserted} non-ASSERTED = {100 * non_asserted / max(n, 1):.0f}%), "
        f"words {min(words, default=0)}-{max(words, default=0)}\n"
        f"    modality: {dict(sorted(mods.items()))}\n"
        f"    granularity: {dict(sorted(gran.items()))}\n"
        f"    types: {dict(sorted(types.items()))}")
    return arts


def check_agreement_folder(rep, folder_path, stats):
    """Second annotations of a gold folder (gold/agreement/SET-annotator-X.json): every article id is one of
    gold/SET and every event passes the checks of a gold file's events, on that article's text."""
    for path in sorted(glob.glob(os.path.join(folder_path, "*.json"))):
        where = os.path.relpath(path, ROOT)
        obj = read_json(rep, path)
        if obj is None:
            continue
        if not isinstance(obj, dict) or list(obj.keys()) != ["annotator", "set", "articles"] \
                or not isinstance(obj["articles"], dict):
            rep.err(where, 'expected {"annotator": NAME, "set": FOLDER, "articles": {ID: [EVENT, ...]}}')
            continue
        ref = os.path.join(ROOT, "gold", str(obj["set"]))
        by_id = {}
        for g in sorted(glob.glob(os.path.join(ref, "*.json"))):
            with open(g, encoding="utf-8") as f:
                by_id[json.load(f)["id"]] = os.path.basename(g)
        n = 0
        for aid, events in obj["articles"].items():
            if aid not in by_id:
                rep.err(where, f"article {aid} is not in gold/{obj['set']}")
                continue
            name = by_id[aid]
            with open(os.path.join(ref, name), encoding="utf-8") as f:
                article = json.load(f)
            article["events"] = events
            check_gold_object(rep, f"{where} article {aid}", article, name, obj["set"], set())
            n += len(events) if isinstance(events, list) else 0
        stats.append(f"gold/agreement/{os.path.basename(path)}: {obj['annotator']} on gold/{obj['set']}, "
                     f"{len(obj['articles'])} articles, {n} events")


def paragraphs_of(text):
    return {p.strip() for p in text.split("\n\n") if len(p.strip()) > 40}


def main(argv):
    show_stats = "--stats" in argv
    targets = [a for a in argv if not a.startswith("--")]
    rep = Report()
    stats = []
    seen_ids = set()
    bodies = {}  # label -> list of bodies
    if not targets:
        targets = [os.path.join(ROOT, "samples", "articles.jsonl"),
                   os.path.join(ROOT, "samples", "malformed.jsonl")]
        targets += sorted(d for d in glob.glob(os.path.join(ROOT, "gold", "*"))
                          if os.path.isdir(d))
    for t in targets:
        t = os.path.abspath(t)
        if os.path.basename(t) == "malformed.jsonl":
            check_malformed(rep, t, stats)
        elif t.endswith(".jsonl"):
            check_samples(rep, t, stats)
            with open(t, encoding="utf-8") as f:
                bodies["samples"] = [json.loads(l)["body"] for l in f if l.strip()]
        elif os.path.isdir(t) and os.path.basename(os.path.normpath(t)) == "agreement":
            check_agreement_folder(rep, t, stats)
        elif os.path.isdir(t):
            name = os.path.basename(os.path.normpath(t))
            # the early, smaller sets; every later devN and testN set holds at least 140 articles
            small = {"dev": 20, "dev2": 60, "dev3": 44, "dev4": 40, "test2": 40}
            minimum = small.get(name, 140 if re.fullmatch(r"(dev|test)\d+", name) else 1)
            arts = check_gold_folder(rep, t, stats, minimum, seen_ids)
            bodies[name] = [a["body"] for a in arts]
        else:
            rep.err(t, "not found")
    # No text may be shared between the sets (or within a set).
    owner = {}
    for label, bs in bodies.items():
        for i, b in enumerate(bs):
            for p in paragraphs_of(b):
                if p in owner and owner[p] != (label, i):
                    rep.err(label, f"paragraph shared with {owner[p][0]}: {p[:60]!r}")
                owner.setdefault(p, (label, i))
    if show_stats or rep.errors:
        for s in stats:
            print(s)
    for e in rep.errors:
        print("ERROR " + e)
    if rep.errors:
        print(f"{len(rep.errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
