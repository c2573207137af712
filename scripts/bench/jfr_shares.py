#!/usr/bin/env python3
"""Shares of JFR execution samples (not in CI): by top frame, by the top frame's package, and by the
outermost-to-innermost "owner" of each sample (the first frame, from the top, of a package listed in
OWNERS), optionally only samples after a time of day and only of threads whose name matches.

  jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr > rec.txt
  scripts/bench/jfr_shares.py rec.txt [--after 07:15:04] [--thread 'executor|eventloop'] [--top 25]
      [--exclude 'Argon2|AuthResource.*login']
  scripts/bench/jfr_shares.py rec.txt --ours io.tenantry   # which of our frames is on the stack

The default JFR text output truncates stacks to 5 frames; --stack-depth 300 keeps them whole.
"""
import argparse
import collections
import re

# Most specific first: the first prefix a frame matches names its bucket.
OWNERS = [
    ("rsa/bigint", ("java.math.", "sun.security.rsa.")),
    ("jca/other crypto", ("sun.security.", "java.security.", "javax.crypto.", "com.sun.crypto.")),
    ("jose4j", ("org.jose4j.",)),
    ("tenantry", ("io.tenantry.",)),
    ("pgjdbc", ("org.postgresql.",)),
    ("agroal", ("io.agroal.",)),
    ("jackson", ("com.fasterxml.",)),
    ("resteasy", ("org.jboss.resteasy.",)),
    ("opentelemetry", ("io.opentelemetry.", "io.quarkus.opentelemetry.")),
    ("micrometer", ("io.micrometer.", "io.quarkus.micrometer.")),
    ("hibernate/narayana", ("org.hibernate.", "com.arjuna.", "io.quarkus.narayana.")),
    ("arc/quarkus", ("io.quarkus.", "io.smallrye.")),
    ("vertx", ("io.vertx.",)),
    ("netty", ("io.netty.",)),
    ("jdk", ("java.", "jdk.", "sun.", "javax.")),
]


def samples(path):
    """Yields (time, thread, frames top-first) of each event in `jfr print` text."""
    time = thread = None
    frames = []
    in_stack = False
    with open(path, encoding="utf-8", errors="replace") as text:
        for line in text:
            s = line.strip()
            if s.startswith("startTime = "):
                time = s.split("= ", 1)[1].split(" ")[0]
            elif s.startswith("sampledThread = "):
                m = re.match(r'sampledThread = "([^"]*)"', s)
                thread = m.group(1) if m else "?"
            elif s.startswith("stackTrace = ["):
                in_stack, frames = True, []
            elif in_stack and s == "]":
                in_stack = False
                yield time, thread, frames
            elif in_stack and s and s != "...":
                frames.append(s.split("(", 1)[0])


def bucket(frame):
    for name, prefixes in OWNERS:
        if frame.startswith(prefixes):
            return name
    return "other"


def package(frame):
    parts = frame.split(".")
    return ".".join(parts[:-2]) if len(parts) > 2 else frame


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--after", help="HH:MM:SS: only samples from then on")
    parser.add_argument("--until", help="HH:MM:SS: only samples before then")
    parser.add_argument("--thread", help="regex on the thread name")
    parser.add_argument("--exclude", help="regex: drop samples with a frame that matches (e.g. Argon2)")
    parser.add_argument("--ours", default="io.tenantry.", help="prefix of our own frames")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    top, pkg, owner, ours, threads = (collections.Counter() for _ in range(5))
    n = 0
    for time, thread, frames in samples(args.file):
        if not frames or (args.after and time < args.after) or (args.until and time >= args.until):
            continue
        if args.thread and not re.search(args.thread, thread or ""):
            continue
        if args.exclude and any(re.search(args.exclude, f) for f in frames):
            continue
        n += 1
        threads[re.sub(r"[-#]?\d+$", "", thread or "?")] += 1
        top[frames[0]] += 1
        pkg[bucket(frames[0]) + "  " + package(frames[0])] += 1
        owner[bucket(frames[0])] += 1
        # The innermost of our frames on the stack: whose work this sample is.
        mine = next((f for f in frames if f.startswith(args.ours)), "(none of ours on the stack)")
        ours[mine] += 1
    print(f"{n} samples")
    for title, counter in (("threads", threads), ("by library of the top frame", owner),
                           ("by package of the top frame", pkg), ("top frames", top),
                           ("innermost of our frames on the stack", ours)):
        print(f"\n== {title}")
        for key, count in counter.most_common(args.top):
            print(f"{100.0 * count / max(n, 1):5.1f}%  {key}")


if __name__ == "__main__":
    main()
