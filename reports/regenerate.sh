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
