#!/usr/bin/env python3
"""Who waits while a core idles during an ingest (docs/PERFORMANCE.md, session 21).

    python3 bench/ingest_waits.py CABLESCOPE_BINARY INPUT ARCHIVE [PERIOD_S]

Runs `BINARY ingest --archive ARCHIVE INPUT` into a fresh archive and reads
each thread's state from /proc every PERIOD_S seconds (default 0.004).
Threads are numbered in order of creation: 0 the writer (main), then the WAL
checkpointer, the text indexer, the input reader, the parser threads, and
at the end the link planner. Prints how many threads were runnable per
sample, and for the samples with fewer than two runnable (a core idle, on
two cores) each thread's state and wait channel, most frequent first.
Linux only; only meaningful on an otherwise idle machine.
"""
import collections
import os
import subprocess
import sys
import time


def states(pid):
    """{tid: 'R' or 'S/wchan' or 'D/wchan'} for the threads of pid; None once it is gone."""
    try:
        tids = sorted(int(t) for t in os.listdir(f"/proc/{pid}/task"))
    except FileNotFoundError:
        return None
    out = {}
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
            state = stat[stat.rindex(")") + 2]
            if state != "R":
                with open(f"/proc/{pid}/task/{tid}/wchan") as f:
                    state += "/" + f.read()
            out[tid] = state
        except (FileNotFoundError, ProcessLookupError):
            pass
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, source, archive = sys.argv[1:4]
    period = float(sys.argv[4]) if len(sys.argv) > 4 else 0.004
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(archive + suffix):
            os.remove(archive + suffix)
    proc = subprocess.Popen([binary, "ingest", "--archive", archive, source],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    number = {}  # tid -> order of creation
    runnable = collections.Counter()
    idle = collections.Counter()
    samples = 0
    start = time.time()
    while proc.poll() is None:
        seen = states(proc.pid)
        if seen is None:
            break
        for tid in seen:
            number.setdefault(tid, len(number))
        samples += 1
        n = sum(1 for s in seen.values() if s == "R")
        runnable[n] += 1
        if n < 2:
            idle[" ".join(f"{number[t]}:{s}" for t, s in sorted(seen.items()))] += 1
        time.sleep(period)
    proc.wait()
    print(f"{samples} samples over {time.time() - start:.1f} s; exit status {proc.returncode}")
    print("runnable threads per sample:", dict(sorted(runnable.items())))
    print(f"fewer than two runnable: {sum(idle.values())} samples")
    for key, count in idle.most_common(20):
        print(f"{count:6d}  {key}")


if __name__ == "__main__":
    main()
