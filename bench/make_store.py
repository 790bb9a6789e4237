"""Build a realistic synthetic store through the store API, for the page and load benchmarks.

    .venv/bin/python bench/make_store.py [--events N] [--db PATH_OR_URL] [--seed S]

Writes N fused events (default 100,000) with what a real store holds around
them: N/4 documents of ~150 words (titles, outlets, dates, removed spans),
5 mention records per document, events built from 1 or 2 mentions (merge
keys and scores, status history, about 60% located at one of 60 places,
5% forecasts with deadlines), about 500 actors, stories of about 20 events.
Documents and their mentions are written in transactions of 250 documents
(the bulk path); events in batches of 2,000. Prints the time of each step
and the counts.
"""

from __future__ import annotations

import argparse
import random
import time

from tidings import open_store

COUNTRIES = [("IRN", "Iran", "Iranian"), ("USA", "United States", "American"), ("PRK", "North Korea", "North Korean"),
             ("KOR", "South Korea", "South Korean"), ("RUS", "Russia", "Russian"), ("UKR", "Ukraine", "Ukrainian"),
             ("CHN", "China", "Chinese"), ("ISR", "Israel", "Israeli"), ("FRA", "France", "French"), ("GBR", "United Kingdom", "British"),
             ("TUR", "Turkey", "Turkish"), ("EGY", "Egypt", "Egyptian"), ("IND", "India", "Indian"), ("PAK", "Pakistan", "Pakistani"),
             ("BRA", "Brazil", "Brazilian"), ("NGA", "Nigeria", "Nigerian"), ("ETH", "Ethiopia", "Ethiopian"), ("SDN", "Sudan", "Sudanese"),
             ("VEN", "Venezuela", "Venezuelan"), ("MEX", "Mexico", "Mexican")]
SECTORS = [("GOV", "government"), ("MIL", "military"), ("COP", "police"), ("JUD", "court"), ("BUS", "companies"),
           ("MED", "media"), ("OPP", "opposition"), ("REB", "rebels"), ("CVL", "civilians"), ("LEG", "parliament"),
           ("EDU", "universities"), ("HLH", "hospitals"), ("ENV", "environmental groups"), ("LAB", "unions"), ("REF", "refugees"),
           ("AGR", "farmers"), ("SPY", "intelligence services"), ("NGO", "aid groups"), ("IGO", "envoys"), ("ELI", "elites"),
           ("CRM", "smugglers"), ("RAD", "militants"), ("MOD", "moderates"), ("UAF", "gunmen"), ("SET", "settlers")]
FIRST = "Amir Lena Kim Olga Yusuf Mariam Tomas Ines Chen Ravi Ada Omar Sofia Ivan Leila Jonas Aisha Pedro Mei Hassan".split()
LAST = "Okafor Petrov Haddad Novak Tanaka Silva Mensah Karimi Duarte Weber Rahman Costa Moreau Yilmaz Osei".split()
VERBS = [("010", "Make statement", "said"), ("042", "Make a visit", "visited"), ("043", "Host a visit", "hosted"),
         ("0343", "Express intent to negotiate", "offered talks with"), ("057", "Sign formal agreement", "signed an agreement with"),
         ("111", "Criticize or denounce", "criticised"), ("112", "Accuse", "accused"), ("130", "Threaten", "threatened"),
         ("141", "Demonstrate or rally", "protested against"), ("163", "Impose embargo", "imposed sanctions on"),
         ("171", "Seize or damage property", "seized a vessel of"), ("173", "Arrest, detain", "detained members of"),
         ("190", "Use conventional military force", "attacked"), ("193", "Fight with small arms", "clashed with"),
         ("036", "Express intent to meet", "agreed to meet"), ("071", "Provide economic aid", "sent aid to"),
         ("081", "Ease administrative sanctions", "eased restrictions on"), ("0831", "Accede to demands for change in leadership", "yielded to")]
PLACES = [("Strait of Hormuz", "IRN", 26.57, 56.25), ("Tehran", "IRN", 35.69, 51.39), ("Washington", "USA", 38.90, -77.04),
          ("Pyongyang", "PRK", 39.03, 125.75), ("Seoul", "KOR", 37.57, 126.98), ("Moscow", "RUS", 55.76, 37.62),
          ("Kyiv", "UKR", 50.45, 30.52), ("Kharkiv", "UKR", 49.99, 36.23), ("Odesa", "UKR", 46.48, 30.72), ("Beijing", "CHN", 39.90, 116.41),
          ("Shanghai", "CHN", 31.23, 121.47), ("Jerusalem", "ISR", 31.77, 35.21), ("Gaza", "PSE", 31.50, 34.47), ("Paris", "FRA", 48.86, 2.35),
          ("London", "GBR", 51.51, -0.13), ("Ankara", "TUR", 39.93, 32.86), ("Istanbul", "TUR", 41.01, 28.98), ("Cairo", "EGY", 30.04, 31.24),
          ("New Delhi", "IND", 28.61, 77.21), ("Mumbai", "IND", 19.08, 72.88), ("Islamabad", "PAK", 33.68, 73.05), ("Karachi", "PAK", 24.86, 67.01),
          ("Brasilia", "BRA", -15.79, -47.88), ("Lagos", "NGA", 6.52, 3.38), ("Abuja", "NGA", 9.08, 7.40), ("Addis Ababa", "ETH", 9.03, 38.74),
          ("Khartoum", "SDN", 15.50, 32.56), ("Port Sudan", "SDN", 19.62, 37.22), ("Caracas", "VEN", 10.48, -66.90), ("Mexico City", "MEX", 19.43, -99.13),
          ("Geneva", "CHE", 46.20, 6.14), ("Vienna", "AUT", 48.21, 16.37), ("Doha", "QAT", 25.29, 51.53), ("Muscat", "OMN", 23.59, 58.41),
          ("Riyadh", "SAU", 24.71, 46.68), ("Baghdad", "IRQ", 33.31, 44.37), ("Damascus", "SYR", 33.51, 36.28), ("Beirut", "LBN", 33.89, 35.50),
          ("Aden", "YEM", 12.79, 45.02), ("Bab el-Mandeb", "YEM", 12.58, 43.33), ("Tokyo", "JPN", 35.68, 139.65), ("Taipei", "TWN", 25.03, 121.57),
          ("Manila", "PHL", 14.60, 120.98), ("Jakarta", "IDN", -6.21, 106.85), ("Nairobi", "KEN", -1.29, 36.82), ("Kinshasa", "COD", -4.44, 15.27),
          ("Bamako", "MLI", 12.64, -8.00), ("Niamey", "NER", 13.51, 2.11), ("Tripoli", "LBY", 32.89, 13.19), ("Tunis", "TUN", 36.81, 10.18),
          ("Berlin", "DEU", 52.52, 13.40), ("Warsaw", "POL", 52.23, 21.01), ("Brussels", "BEL", 50.85, 4.35), ("Minsk", "BLR", 53.90, 27.57),
          ("Tbilisi", "GEO", 41.72, 44.79), ("Yerevan", "ARM", 40.18, 44.51), ("Baku", "AZE", 40.41, 49.87), ("Kabul", "AFG", 34.56, 69.21),
          ("Dhaka", "BGD", 23.81, 90.41), ("Bogota", "COL", 4.71, -74.07)]
OUTLETS = ["Meridian Maritime Report", "Gulf Wire", "Northern Ledger", "Coastal Times", "Atlas News", "The Continental",
           "Harbour Post", "Eastern Dispatch", "Global Monitor", "Daily Compass", "Frontline Bulletin", "Capital Herald"]
STATUSES = ["reported"] * 5 + ["confirmed"] * 3 + ["unconfirmed"] * 2 + ["denied", "forecast"]
FILLER = ("officials said the situation remained tense as diplomats weighed their next steps while shipping companies "
          "and insurers watched closely and analysts warned of further escalation in the coming weeks").split()


def actors(rnd: random.Random) -> list[dict[str, object]]:
    """About 500 actors: every country's sectors, plus named people."""
    out: list[dict[str, object]] = []
    for iso, country, adj in COUNTRIES:
        for code, word in SECTORS:
            out.append({"name": f"{adj} {word}", "code": f"{iso}{code}", "country": iso, "kind": "group"})
        out.append({"name": country, "code": iso, "country": iso, "kind": "country"})
    for _ in range(20):
        iso = rnd.choice(COUNTRIES)[0]
        out.append({"name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", "code": f"{iso}GOV", "country": iso, "kind": "person", "role": "Minister"})
    return out


def day(rnd: random.Random) -> str:
    return f"{rnd.choice([2024, 2025])}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def build(n_events: int, db: str, seed: int) -> None:
    rnd = random.Random(seed)
    cast = actors(rnd)
    n_docs = max(1, n_events // 4)
    store = open_store(db)
    t0 = time.perf_counter()
    mention_ids: list[tuple[str, str, dict[str, object]]] = []  # (mention id, document, record)
    batch = 250
    for start in range(0, n_docs, batch):
        with store.transaction():
            for i in range(start, min(n_docs, start + batch)):
                published = day(rnd)
                doc_id = f"doc{i:07d}"
                sentences, records = [], []
                for _ in range(5):
                    src, tgt = rnd.sample(cast, 2)
                    cameo, label, verb = rnd.choice(VERBS)
                    place = rnd.choice(PLACES)
                    sentence = f"The {src['name']} {verb} the {tgt['name']} near {place[0]} on {published}."
                    sentences.append(sentence + " " + " ".join(rnd.sample(FILLER, 20)) + ".")
                    records.append({"type": {"cameo": cameo, "cameo_label": label, "trigger": verb.split()[0]},
                                    "source": dict(src), "target": dict(tgt), "date": {"start": published, "end": published, "precision": "day"},
                                    "location": {"name": place[0], "country": place[1], "lat": place[2], "lon": place[3]} if rnd.random() < 0.6 else None,
                                    "status": rnd.choice(STATUSES), "sentence": sentence})
                text = " ".join(sentences)
                title = sentences[0].split(" near ")[0].removeprefix("The ")
                store.add_document({"id": doc_id, "title": title, "text": text, "raw": "Share this\n" + text, "outlet": rnd.choice(OUTLETS),
                                    "published": published, "language": "en", "source_path": f"/corpus/{i}.txt", "format": "text",
                                    "removed": [{"text": "Share this", "start": 0, "end": 10, "reason": "share"}]})
                ms = [{**{k: v for k, v in r.items() if k != "sentence"},
                       "mentions": [{"document": doc_id, "sentence": r["sentence"], "published": published}]} for r in records]
                ids = store.replace_mentions(doc_id, ms)
                mention_ids.extend((mid, doc_id, r) for mid, r in zip(ids, records))
    t1 = time.perf_counter()
    print(f"documents: {n_docs:,} with {len(mention_ids):,} mentions in {t1 - t0:.1f} s ({n_docs / (t1 - t0):,.0f} documents/s)")

    events, story_events, stories = [], [], []
    pos = 0
    for e in range(n_events):
        take = 2 if rnd.random() < 0.25 and pos + 2 <= len(mention_ids) else 1
        chosen = mention_ids[pos % len(mention_ids) : pos % len(mention_ids) + take]
        pos += take
        first = chosen[0][2]
        status = str(first["status"])
        date = first["date"]
        eid = f"ev{e:07d}"
        story = f"st{e // 20:06d}"
        ev = {"id": eid, "type": first["type"], "source": first["source"], "target": first["target"], "date": date,
              "location": first["location"], "status": status, "certainty": round(rnd.random(), 2), "story": story,
              "documents": len({d for _, d, _ in chosen}), "independent_sources": len(chosen),
              "mentions": [{"id": mid, "document": d, "sentence": r["sentence"]} for mid, d, r in chosen],
              "merge": [{"mention": mid, "keys": {"cameo": True, "date": True}, "score": 0.8} for mid, _, _ in chosen[1:]],
              "status_history": [{"status": "reported", "as_of": date["start"], "by": "wire"}]  # type: ignore[index]
              + ([{"status": status, "as_of": date["start"], "by": "officials"}] if status != "reported" else [])}  # type: ignore[index]
        if status == "forecast":
            ev["forecast"] = {"probability": round(rnd.uniform(0.1, 0.9), 2), "deadline": day(rnd), "forecaster": "analysts", "resolution": "open"}
        events.append(ev)
        story_events.append(eid)
        if len(story_events) == 20 or e == n_events - 1:
            docs = sorted({d for x in events[-len(story_events):] for d in (m["document"] for m in x["mentions"])})  # type: ignore[attr-defined]
            stories.append({"id": story, "title": f"{ev['source']['name']} and {ev['target']['name']}",  # type: ignore[index]
                            "start": min(x["date"]["start"] for x in events[-len(story_events):]),  # type: ignore[index]
                            "end": max(x["date"]["start"] for x in events[-len(story_events):]),  # type: ignore[index]
                            "events": list(story_events), "documents": docs})
            story_events = []
        if len(events) >= 2000:
            store.save_events(events)
            store.save_stories(stories)
            events, stories = [], []
    if events:
        store.save_events(events)
    if stories:
        store.save_stories(stories)
    t2 = time.perf_counter()
    print(f"events: {n_events:,} with stories in {t2 - t1:.1f} s ({n_events / (t2 - t1):,.0f} events/s)")
    print("counts:", store.counts())
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="bench-store.db", help="SQLite path or postgresql:// URL (created; must be new)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    build(args.events, args.db, args.seed)


if __name__ == "__main__":
    main()
