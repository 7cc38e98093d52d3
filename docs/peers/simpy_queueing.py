#!/usr/bin/env python3
"""Cross-check of the simulator's queueing cases with SimPy (an independent discrete-event
simulator) and with the formulas.

    python3 -m venv /tmp/simpy-venv && /tmp/simpy-venv/bin/pip install simpy
    swift run tierwise simulate --scenario catalogs/scenarios/queueing.json \
        --calibration catalogs/calibration.json --format json --output /tmp/queueing.json
    /tmp/simpy-venv/bin/python docs/peers/simpy_queueing.py /tmp/queueing.json

Prints, per case, the theory, SimPy's figure and tierwise's (the same rates, 600 simulated
seconds, warm-up 60 s for the queues; the periodic trigger over 2,000 s).
"""
import json
import math
import random
import sys

import simpy


def queue(rate, service, servers, seconds, warmup, seed):
    """Mean and p99 time in system of an FCFS queue with Poisson arrivals."""
    env = simpy.Environment()
    resource = simpy.Resource(env, capacity=servers)
    rng = random.Random(seed)
    times = []

    def customer(arrival):
        with resource.request() as request:
            yield request
            yield env.timeout(service(rng))
        if arrival >= warmup:
            times.append(env.now - arrival)

    def source():
        while env.now < seconds:
            yield env.timeout(rng.expovariate(rate))
            env.process(customer(env.now))

    env.process(source())
    env.run()
    times.sort()
    return sum(times) / len(times), times[int(math.ceil(0.99 * len(times))) - 1]


def periodic(rate, period, seconds):
    """Mean and max freshness of evenly spaced events under a periodic trigger (no work)."""
    env = simpy.Environment()
    pending, fresh = [], []

    def source():
        index = 0
        while index / rate < seconds:
            yield env.timeout(index / rate - env.now)
            pending.append(env.now)
            index += 1

    def trigger():
        while env.now <= seconds + period:
            for arrival in pending:
                fresh.append(env.now - arrival)
            pending.clear()
            yield env.timeout(period)

    env.process(source())
    env.process(trigger())
    env.run()
    return sum(fresh) / len(fresh), max(fresh)


def erlang_c(servers, load):
    b = 1.0
    for k in range(1, servers + 1):
        b = load * b / (k + load * b)
    return b / (1 - load / servers * (1 - b))


def main():
    ours = {}
    if len(sys.argv) > 1:
        for s in json.load(open(sys.argv[1]))["simulations"]:
            ours[s["name"]] = s["latency_seconds"]
    exp = lambda mean: (lambda rng: rng.expovariate(1 / mean))
    det = lambda mean: (lambda rng: mean)
    c = erlang_c(4, 2.8)
    cases = [
        ("M/D/1 at rho 0.7", (700, det(0.001), 1), 0.001 + 0.7 / (2 * 1000 * 0.3), None),
        ("M/M/1 at rho 0.7", (700, exp(0.001), 1), 1 / 300, math.log(100) / 300),
        ("M/M/4 at rho 0.7", (700, exp(0.004), 4), c / (1000 - 700) + 0.004, None),
    ]
    print(f"{'case':28} {'figure':6} {'theory':>10} {'SimPy':>10} {'tierwise':>10}")
    for name, (rate, service, servers), mean, p99 in cases:
        sim_mean, sim_p99 = queue(rate, service, servers, 600, 60, 7)
        mine = ours.get(name, {})
        print(f"{name:28} {'mean':6} {mean * 1e3:9.4f}ms {sim_mean * 1e3:9.4f}ms {mine.get('mean', float('nan')) * 1e3:9.4f}ms")
        print(f"{'':28} {'p99':6} {(p99 or float('nan')) * 1e3:9.4f}ms {sim_p99 * 1e3:9.4f}ms {mine.get('p99', float('nan')) * 1e3:9.4f}ms")
    sim_mean, sim_max = periodic(200, 10, 2000)
    mine = ours.get("Periodic trigger 10 s, uniform arrivals", {})
    print(f"{'periodic trigger 10 s':28} {'mean':6} {5:10.4f}s {sim_mean:10.4f}s {mine.get('mean', float('nan')):10.4f}s")
    print(f"{'':28} {'max':6} {10:10.4f}s {sim_max:10.4f}s {mine.get('max', float('nan')):10.4f}s")


if __name__ == "__main__":
    main()
