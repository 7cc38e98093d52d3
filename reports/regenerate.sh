#!/usr/bin/env bash
# Regenerates the example reports from catalogs/example.json.
# A test (CatalogCommandTests.goldenReports) fails when these files are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q tierwise analyze catalogs/example.json --format markdown --output reports/example.md
swift run -q tierwise analyze catalogs/example.json --format json --output reports/example.json
