#!/usr/bin/env python3
"""Save-to-reload latency of a running `gazette serve`.

Each round appends a unique sentence to one article, then times (a) the file write to the
live-reload 'reload' event on the page's event stream and (b) the write to the reloaded page's
complete response, checking that the page shows the sentence. The article is restored at the end.
"""
import argparse, http.client, queue, statistics, threading, time

ap = argparse.ArgumentParser(description=__doc__)
ap.add_argument("--port", type=int, default=4000)
ap.add_argument("--file", required=True, help="the article file to edit")
ap.add_argument("--path", required=True, help="its URL path, e.g. /gazette/articles/slug/")
ap.add_argument("--rounds", type=int, default=10)
args = ap.parse_args()
events = queue.Queue()


def listen():
    connection = http.client.HTTPConnection("127.0.0.1", args.port)
    connection.request("GET", "/__gazette/events")
    stream = connection.getresponse().fp
    name = None
    while line := stream.readline():
        line = line.decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line == "" and name:
            events.put((time.perf_counter(), name))
            name = None


threading.Thread(target=listen, daemon=True).start()
assert events.get(timeout=30)[1] == "hello"
original = open(args.file, encoding="utf-8").read()
to_event, to_page = [], []
try:
    for i in range(args.rounds):
        marker = f"Edited for measurement, round {i}, {time.time_ns()}."
        time.sleep(1.0)  # let the previous round's build and reload settle
        start = time.perf_counter()
        with open(args.file, "w", encoding="utf-8") as f:
            f.write(original + "\n" + marker + "\n")
        while True:
            at, name = events.get(timeout=120)
            if name == "reload":
                break
            if name == "failed":
                raise SystemExit("the build failed")
        connection = http.client.HTTPConnection("127.0.0.1", args.port)
        connection.request("GET", args.path)
        body = connection.getresponse().read().decode()
        done = time.perf_counter()
        if marker not in body:
            raise SystemExit("the reloaded page does not show the edit")
        to_event.append((at - start) * 1000)
        to_page.append((done - start) * 1000)
finally:
    with open(args.file, "w", encoding="utf-8") as f:
        f.write(original)


def summary(xs):
    return f"median {statistics.median(xs):.0f} ms, min {min(xs):.0f}, max {max(xs):.0f} (n={len(xs)})"


print("write -> SSE reload event: ", summary(to_event))
print("write -> reloaded page:    ", summary(to_page))
