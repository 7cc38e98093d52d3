#!/usr/bin/env bash
# Regenerates the example reports from catalogs/example.json: the tierwise
# model's (example.*) and the seed's (example-seed.*).
# A test (CatalogCommandTests.goldenReports) fails when these files are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q tierwise analyze catalogs/example.json --format markdown --output reports/example.md
swift run -q tierwise analyze catalogs/example.json --format json --output reports/example.json
swift run -q tierwise analyze catalogs/example.json --model seed --format markdown --output reports/example-seed.md
swift run -q tierwise analyze catalogs/example.json --model seed --format json --output reports/example-seed.json
# The simulation of the same catalog (SimulateCommandTests.goldenReport): the committed calibration and a
# budget of 20,000 events per run keep it reproducible on any machine and quick in a debug build.
swift run -q tierwise simulate catalogs/example.json --calibration catalogs/calibration.json --events-per-run 20000 \
    --output reports/simulation.md
