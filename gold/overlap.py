#!/usr/bin/env python3
"""Find gold articles that tell a story another set already tells.

Usage (from the repository root):
    python3 gold/overlap.py gold/dev14                 # each article of dev14 against every other article
    python3 gold/overlap.py FILE.json ...              # given articles against every article of gold/ and samples/
    python3 gold/overlap.py --list > taken.txt         # "date | title" of every story told, for a writers' brief
    python3 gold/overlap.py --taken taken.txt [--also DIR]... FILE.json ...
                                                       # a writer's check, from the list alone (no repository needed)

validate.py rejects text shared between sets; it cannot see the same event told twice in other words. This script
prints, for each article given, every other story published within 10 days whose title shares two or more
content words with its title, every story whose title shares four or more whatever its date, and every story
published within 7 days that shares two or more names (capitalised words) of the title and first paragraph with
it ("Russian airliner crashes near Moscow" and "Saratov Airlines An-148 crash" share no title word). Headlines of
one kind match each other ("... raises rates for the first time in ... years"), so each line is a question for a
reader: two articles telling the same event mean the later one must be replaced. Exit status 0 always.
"""
import argparse
import datetime as dt
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STOP = set("the a an of to in on for and as at by with after from its his her their over into first new is are be "
           "was than more most says said will has have had two three four five six ten".split())


NOT_NAMES = set("The A An In On At After But And Its His Her Their This That It He She They We Monday Tuesday "
                "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
                "October November December".split())


def words(title):
    return {w for w in re.findall(r"[a-z]+", title.lower()) if w not in STOP and len(w) > 2}


def names(text):
    """The capitalised words of a headline and first paragraph: the places, people and bodies a story is about."""
    return set(re.findall(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?", text)) - NOT_NAMES


def story(a, path):
    return (a["published"][:10], a["title"], path, names(a["title"] + " " + a.get("body", "").split("\n\n")[0]))


def articles(paths):
    """(date, title, path, names) of every article in the given files and folders (gold JSON files or samples JSONL)."""
    out = []
    for p in paths:
        files = sorted(glob.glob(os.path.join(p, "*.json")) + glob.glob(os.path.join(p, "*.jsonl"))) \
            if os.path.isdir(p) else [p]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                texts = fh.readlines() if f.endswith(".jsonl") else [fh.read()]
            for text in texts:
                try:
                    a = json.loads(text)
                    if "title" in a:  # gold/agreement's files are annotations, not articles
                        out.append(story(a, f))
                except (ValueError, KeyError, TypeError, AttributeError):
                    pass  # validate.py reports broken articles; here they only cannot be compared
    return out


def every_story():
    folders = [d for d in sorted(glob.glob(os.path.join(ROOT, "gold", "*"))) if os.path.isdir(d)
               and os.path.basename(d) != "agreement"]
    return articles(folders + [os.path.join(ROOT, "samples")])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="articles or folders to check")
    ap.add_argument("--list", action="store_true", help="print every story told, as 'date | title'")
    ap.add_argument("--taken", help="compare with this 'date | title' list instead of the repository's sets")
    ap.add_argument("--also", action="append", default=[], metavar="DIR",
                    help="a folder of new articles to compare with as well (repeat for several)")
    a = ap.parse_args()
    if a.list:
        print("# every story already told by a Dateline set or sample: publication date | title")
        for d, t, _, _ in sorted(every_story()):
            print(f"{d} | {t}")
        return
    if a.taken:
        taken = []
        for line in open(a.taken, encoding="utf-8"):
            if "|" in line and not line.startswith("#"):
                d, t = line.split("|", 1)
                taken.append((d.strip(), t.strip(), a.taken, names(t)))
    else:
        taken = every_story()
    taken += articles(a.also)
    found = 0
    for d, t, f, n in articles(a.paths):
        day = dt.date.fromisoformat(d)
        for d2, t2, src, n2 in taken:
            # the article itself (a JSONL file holds several, so its path alone does not name one)
            if (os.path.abspath(src), t2) == (os.path.abspath(f), t) or not re.match(r"\d{4}-\d{2}-\d{2}$", d2):
                continue
            days = abs((dt.date.fromisoformat(d2) - day).days)
            shared = words(t) & words(t2)
            if not (len(shared) >= 4 or len(shared) >= 2 and days <= 10):
                shared = n & n2 if days <= 7 else set()
                if len(shared) < 2:
                    continue
            found += 1
            print(f"{os.path.relpath(f)} | {d} | {t}\n    ~ {d2} | {t2}  ({os.path.relpath(src)}; "
                  f"shared: {', '.join(sorted(shared))})")
    print(f"{found} possible overlap(s)")


if __name__ == "__main__":
    main()
