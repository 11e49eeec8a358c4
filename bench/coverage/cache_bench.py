#!/usr/bin/env python3
"""Coverage answers kept until the change log moves: what a repeated request costs (a hit) and what the first
request after a write costs (a miss), one request at a time, over HTTP against a running service.

  python3 bench/coverage/cache_bench.py http://127.0.0.1:8080/graphql <editor token> [hits] [misses] [seconds]

With [seconds], each operation is then sent by 4 clients at once for that long (hits only), and its requests per
second printed; the service's per-address rate limit must be raised for that (PILOTGRAPH_RATE_LIMIT_PER_SECOND,
PILOTGRAPH_RATE_LIMIT_BURST).

Each miss round first creates a planned test base through the API (an editor's write, which appends to the
change log), then times the operation once. The bases it creates are named 缓存基准-<time>-<n>; delete them
afterwards if the database matters.
"""
import json
import statistics
import sys
import threading
import time
import urllib.request

OPERATIONS = {
    "ChainCoverage": """query ChainCoverage { chainCoverage { chain { id name } linkCount coveredLinkCount
        coverageRatio operatingBaseCount waitingResultCount } }""",
    "CoverageGaps v2": """query CoverageGaps($chainId: ID, $district: String, $first: Int = 50) {
        coverageGaps(chainId: $chainId, district: $district, first: $first) {
          link { id name stage chain { id name } } waitingResultCount waitingResults(first: 5) { id name }
          enterpriseCount enterprises(first: 5) { id name } plannedBases { id name status } } }""",
}

WRITE = """mutation Write($input: TestBaseInput!) { upsertTestBase(input: $input) { base { id } errors { field message } } }"""


def post(url, token, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.loads(response.read())
    elapsed = (time.perf_counter() - started) * 1000
    if answer.get("errors"):
        raise SystemExit(f"errors: {answer['errors']}")
    return elapsed, answer


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def throughput(url, query, clients, seconds):
    done = [0] * clients
    stop = time.perf_counter() + seconds

    def client(index):
        while time.perf_counter() < stop:
            post(url, None, query)
            done[index] += 1

    threads = [threading.Thread(target=client, args=(index,)) for index in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / seconds


def main():
    url, token = sys.argv[1], sys.argv[2]
    hits = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    misses = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    seconds = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    stamp = time.strftime("%H%M%S")
    written = 0
    for name, query in OPERATIONS.items():
        for _ in range(3):
            post(url, None, query)
        hit_times = [post(url, None, query)[0] for _ in range(hits)]
        miss_times = []
        for _ in range(misses):
            written += 1
            _, answer = post(url, token, WRITE, {"input": {
                "name": f"缓存基准-{stamp}-{written}", "status": "PLANNED", "openToPublic": False,
                "services": ["SMALL_BATCH_TRIAL"], "coversLinkIds": [], "operatorIds": []}})
            if answer["data"]["upsertTestBase"]["errors"]:
                raise SystemExit(f"write refused: {answer['data']['upsertTestBase']['errors']}")
            miss_times.append(post(url, None, query)[0])
        print(f"| {name} | {statistics.median(hit_times):.1f} / {percentile(hit_times, 0.99):.1f} ({hits}) "
              f"| {statistics.median(miss_times):.0f} / {max(miss_times):.0f} ({misses}) |", flush=True)
    if seconds:
        for name, query in OPERATIONS.items():
            print(f"{name}: {throughput(url, query, 4, seconds):.1f} req/s at 4 clients (hits)", flush=True)


if __name__ == "__main__":
    main()
