import Foundation
import TierwiseJSON
import TierwisePlatform

/// Scenario files and calibration files (docs/simulator.md), read with the
/// catalog's machinery: every problem at once, each with its JSON path, what
/// was expected and what was found, as ``CatalogError/invalid(path:issues:totalCount:)``.
extension CatalogDecoder {
    // MARK: - Entry points

    /// Reads and decodes the scenario file at `path`.
    public func loadScenarios(path: String) throws(CatalogError) -> ScenarioFile {
        var decoder = self
        let root = try decoder.readJSON(path: path)
        let file = decoder.decodeScenarioFile(root)
        guard let file, decoder.issues.isEmpty else {
            throw .invalid(path: path, issues: decoder.issues.shown, totalCount: decoder.issues.totalCount)
        }
        return ScenarioFile(name: file.name, scenarios: file.scenarios, warnings: decoder.warnings.shown)
    }

    /// Reads and decodes the calibration file at `path`.
    public func loadCalibration(path: String) throws(CatalogError) -> SimulationCalibration {
        var decoder = self
        let root = try decoder.readJSON(path: path)
        let calibration = decoder.decodeCalibration(root, source: "calibration file \(path)")
        guard let calibration, decoder.issues.isEmpty else {
            throw .invalid(path: path, issues: decoder.issues.shown, totalCount: decoder.issues.totalCount)
        }
        return calibration
    }

    private func readJSON(path: String) throws(CatalogError) -> JSONValue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: 64 * 1024 * 1024) else {
            throw .unreadable(path: path, reason: "permission denied, a read error, or more than 64 MiB")
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(
                path: path, error: JSONSyntaxErrorSummary(message: error.message, line: error.line, column: error.column))
        }
    }

    // MARK: - Calibration

    static let calibrationKeys: Set<String> = [
        "format_version", "engine_events_per_second_per_core", "micro_batch_overhead_seconds", "scheduled_job_overhead_seconds",
        "cores_per_machine", "partition_producer_bytes_per_second", "partition_consumer_bytes_per_second", "source",
    ]

    /// A calibration object; `source` names it unless it has its own `source`.
    mutating func decodeCalibration(_ value: JSONValue, source: String) -> SimulationCalibration? {
        guard case .object(let objectMembers) = value else {
            issue("top level", "expected a calibration object, got \(value.excerpt)")
            return nil
        }
        let m = fields(objectMembers, allowed: Self.calibrationKeys, path: "")
        if let version = number(m["format_version"], "format_version", path: "", range: .positive(atMost: 1e6), required: false),
           version != 1 {
            issue("format_version", "expected 1, got \(format(version))")
        }
        let rate = number(m["engine_events_per_second_per_core"], "engine_events_per_second_per_core", path: "",
                          range: .positive(atMost: 1e12), required: true)
        var calibration = SimulationCalibration(engineEventsPerSecondPerCore: rate ?? 1, source: source)
        if let v = number(m["micro_batch_overhead_seconds"], "micro_batch_overhead_seconds", path: "", range: .nonNegative(atMost: 86_400), required: false) {
            calibration.microBatchOverheadSeconds = v
        }
        if let v = number(m["scheduled_job_overhead_seconds"], "scheduled_job_overhead_seconds", path: "", range: .nonNegative(atMost: 86_400), required: false) {
            calibration.scheduledJobOverheadSeconds = v
        }
        if let v = wholeNumber(m["cores_per_machine"], "cores_per_machine", path: "", in: 1...1_000_000) { calibration.coresPerMachine = v }
        if let v = number(m["partition_producer_bytes_per_second"], "partition_producer_bytes_per_second", path: "", range: .positive(atMost: 1e12), required: false) {
            calibration.partitionProducerBytesPerSecond = v
        }
        if let v = number(m["partition_consumer_bytes_per_second"], "partition_consumer_bytes_per_second", path: "", range: .positive(atMost: 1e12), required: false) {
            calibration.partitionConsumerBytesPerSecond = v
        }
        if let text = optionalString(m["source"], "source", path: "") { calibration.source = text }
        return rate == nil ? nil : calibration
    }

    // MARK: - Scenario file

    static let scenarioFileKeys: Set<String> = ["name", "description", "scenarios"]
    static let scenarioKeys: Set<String> = ["name", "description", "workload", "architecture", "targets", "duration", "warmup"]
    static let workloadKeys: Set<String> = [
        "events_per_second", "peak_multiplier", "arrival", "keys", "key_skew", "out_of_orderness", "duplicate_fraction",
        "late_fraction", "event_bytes",
    ]
    static let outOfOrdernessKeys: Set<String> = ["fraction", "mean_delay"]
    static let architectureKeys: Set<String> = [
        "pattern", "approach", "stages", "serving_stage", "window", "out_of_orderness_bound", "allowed_lateness",
        "deduplication_ttl",
    ]
    static let stageKeys: Set<String> = [
        "name", "input", "trigger", "per_event", "per_batch", "parallelism", "commit_interval", "consumed",
    ]
    static let serviceKeys: Set<String> = ["mean", "distribution", "cv"]
    static let targetKeys: Set<String> = ["latency_p99", "exactly_once", "max_late_fraction", "tier"]

    mutating func decodeScenarioFile(_ root: JSONValue) -> (name: String?, scenarios: [SimulationScenario])? {
        guard case .object(let rootMembers) = root else {
            issue("top level", "expected an object with a \"scenarios\" array, got \(root.excerpt)")
            return nil
        }
        let m = fields(rootMembers, allowed: Self.scenarioFileKeys, path: "")
        let name = optionalString(m["name"], "name", path: "")
        _ = optionalString(m["description"], "description", path: "")
        guard let list = m["scenarios"] else {
            issue("scenarios", "missing; expected an array of scenarios")
            return nil
        }
        guard case .array(let elements) = list, !elements.isEmpty else {
            issue("scenarios", "expected a non-empty array of scenarios, got \(list.excerpt)")
            return nil
        }
        var scenarios: [SimulationScenario] = []
        var names: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let path = "scenarios[\(index)]"
            guard let scenario = decodeScenario(element, path: path) else { continue }
            if let first = names[scenario.name] {
                issue(join(path, "name"), "duplicate name \"\(VisibleText.escaped(scenario.name, limit: 40))\"; scenarios[\(first)] already uses it")
            } else {
                names[scenario.name] = index
            }
            scenarios.append(scenario)
        }
        return (name, scenarios)
    }

    mutating func decodeScenario(_ value: JSONValue, path: String) -> SimulationScenario? {
        guard case .object(let members) = value else {
            issue(path, "expected a scenario object, got \(value.excerpt)")
            return nil
        }
        let before = issues.totalCount
        let m = fields(members, allowed: Self.scenarioKeys, path: path)
        let name = requiredString(m["name"], "name", path: path, nonEmpty: true)
        _ = optionalString(m["description"], "description", path: path)
        var workload: WorkloadSpec?
        if let value = m["workload"] { workload = decodeWorkload(value, path: join(path, "workload")) } else {
            issue(join(path, "workload"), "missing; expected a workload object")
        }
        var pipeline: PipelineSpec?
        if let value = m["architecture"] { pipeline = decodeArchitecture(value, path: join(path, "architecture")) } else {
            issue(join(path, "architecture"), "missing; expected an architecture object with a \"stages\" array")
        }
        var targets = SimulationTargets(latencyP99Seconds: nil)
        if let value = m["targets"] { targets = decodeTargets(value, path: join(path, "targets")) }
        let simulated = duration(m["duration"], "duration", path: path, positive: true)
        let warmup = duration(m["warmup"], "warmup", path: path)
        if let simulated, let warmup, warmup >= simulated {
            issue(join(path, "warmup"), "expected less than the duration (\(SimulationDuration.format(seconds: simulated))), got \(SimulationDuration.format(seconds: warmup))")
        }
        guard issues.totalCount == before, let name, let workload, let pipeline else { return nil }
        return SimulationScenario(name: name, workload: workload, pipeline: pipeline, targets: targets,
                                  durationSeconds: simulated, warmupSeconds: warmup)
    }

    /// A workload object; with `base` (a catalog's use case, whose rate and peak
    /// are its own fields) `events_per_second` and `peak_multiplier` are not read here.
    mutating func decodeWorkload(_ value: JSONValue, path: String, base: WorkloadSpec? = nil) -> WorkloadSpec? {
        guard case .object(let members) = value else {
            issue(path, "expected a workload object, got \(value.excerpt)")
            return nil
        }
        let allowed = base == nil ? Self.workloadKeys : Self.workloadKeys.subtracting(["events_per_second", "peak_multiplier"])
        let m = fields(members, allowed: allowed, path: path)
        var workload: WorkloadSpec
        if let base {
            workload = base
        } else {
            guard let rate = number(m["events_per_second"], "events_per_second", path: path, range: .positive(atMost: 1e9), required: true)
            else { return nil }
            workload = WorkloadSpec(eventsPerSecond: rate)
            if let v = number(m["peak_multiplier"], "peak_multiplier", path: path, range: InputLimits.peakMultiplier, required: false) {
                workload.peakMultiplier = v
            }
        }
        if let v: ArrivalProcess = optionalEnum(m["arrival"], "arrival", path: path) { workload.arrival = v }
        if let v = wholeNumber(m["keys"], "keys", path: path, in: 1...16_777_216) { workload.keys = v }
        if let v = number(m["key_skew"], "key_skew", path: path, range: .nonNegative(atMost: 10), required: false) { workload.keySkew = v }
        if let v = number(m["duplicate_fraction"], "duplicate_fraction", path: path, range: .nonNegative(atMost: 1), required: false) {
            workload.duplicateFraction = v
        }
        if let v = number(m["late_fraction"], "late_fraction", path: path, range: .nonNegative(atMost: 1), required: false) {
            workload.lateFraction = v
        }
        if let v = number(m["event_bytes"], "event_bytes", path: path, range: .positive(atMost: 1e9), required: false) {
            workload.eventBytes = v
        }
        if let disorder = m["out_of_orderness"] {
            let inner = join(path, "out_of_orderness")
            if case .object(let members) = disorder {
                let o = fields(members, allowed: Self.outOfOrdernessKeys, path: inner)
                if let v = number(o["fraction"], "fraction", path: inner, range: .nonNegative(atMost: 1), required: false) {
                    workload.outOfOrdernessFraction = v
                }
                if let v = duration(o["mean_delay"], "mean_delay", path: inner) { workload.outOfOrdernessMeanSeconds = v }
            } else {
                issue(inner, "expected an object with \"fraction\" and \"mean_delay\", got \(disorder.excerpt)")
            }
        }
        if workload.lateFraction + workload.outOfOrdernessFraction > 1 {
            issue(join(path, "late_fraction"), "expected late_fraction + out_of_orderness.fraction of at most 1, got \(format(workload.lateFraction + workload.outOfOrdernessFraction))")
        }
        return workload
    }

    /// An architecture object with its stages; `warnsUnknown` false when the caller already warned about its keys.
    mutating func decodeArchitecture(_ value: JSONValue, path: String, warnsUnknown: Bool = true) -> PipelineSpec? {
        guard case .object(let members) = value else {
            issue(path, "expected an architecture object, got \(value.excerpt)")
            return nil
        }
        let known = warnsUnknown ? members : members.filter { Self.architectureKeys.contains($0.key) }
        let m = fields(known, allowed: Self.architectureKeys, path: path)
        let pattern = optionalString(m["pattern"], "pattern", path: path) ?? "custom"
        let approach = optionalString(m["approach"], "approach", path: path) ?? "custom"
        guard let list = m["stages"] else {
            issue(join(path, "stages"), "missing; expected an array of stages")
            return nil
        }
        guard case .array(let elements) = list, !elements.isEmpty else {
            issue(join(path, "stages"), "expected a non-empty array of stages, got \(list.excerpt)")
            return nil
        }
        var stages: [StageSpec] = []
        var names = Set<String>()
        for (index, element) in elements.enumerated() {
            let stagePath = join(path, "stages") + "[\(index)]"
            guard let stage = decodeStage(element, path: stagePath) else { continue }
            if let input = stage.input, !names.contains(input) {
                issue(join(stagePath, "input"), "expected the name of a stage listed before this one, got \"\(VisibleText.escaped(input, limit: 40))\"")
            }
            if !names.insert(stage.name).inserted {
                issue(join(stagePath, "name"), "duplicate stage name \"\(VisibleText.escaped(stage.name, limit: 40))\"")
            }
            stages.append(stage)
        }
        var pipeline = PipelineSpec(pattern: pattern, approach: approach, stages: stages)
        if let serving = optionalString(m["serving_stage"], "serving_stage", path: path) {
            if names.contains(serving) { pipeline.servingStage = serving } else {
                issue(join(path, "serving_stage"), "expected the name of a stage, got \"\(VisibleText.escaped(serving, limit: 40))\"")
            }
        }
        if let v = duration(m["window"], "window", path: path, positive: true, atMost: 86_400) { pipeline.windowSeconds = v }
        if let v = duration(m["out_of_orderness_bound"], "out_of_orderness_bound", path: path, atMost: 86_400) {
            pipeline.outOfOrdernessBoundSeconds = v
        }
        if let v = duration(m["allowed_lateness"], "allowed_lateness", path: path, atMost: 86_400) { pipeline.allowedLatenessSeconds = v }
        if let v = duration(m["deduplication_ttl"], "deduplication_ttl", path: path, atMost: 30 * 86_400) {
            pipeline.deduplicationTTLSeconds = v
        }
        return pipeline
    }

    mutating func decodeStage(_ value: JSONValue, path: String) -> StageSpec? {
        guard case .object(let members) = value else {
            issue(path, "expected a stage object, got \(value.excerpt)")
            return nil
        }
        let before = issues.totalCount
        let m = fields(members, allowed: Self.stageKeys, path: path)
        let name = requiredString(m["name"], "name", path: path, nonEmpty: true)
        var input: String?
        if let value = m["input"], value != .null { input = optionalString(value, "input", path: path) }
        let trigger = decodeTrigger(m["trigger"], path: path)
        var stage = StageSpec(name: name ?? "", input: input, trigger: trigger ?? .continuous)
        if let value = m["per_event"] { stage.perEvent = decodeService(value, path: join(path, "per_event")) ?? .zero }
        if let value = m["per_batch"] { stage.perBatch = decodeService(value, path: join(path, "per_batch")) ?? .zero }
        if let v = wholeNumber(m["parallelism"], "parallelism", path: path, in: 1...4_096) { stage.parallelism = v }
        stage.commitIntervalSeconds = duration(m["commit_interval"], "commit_interval", path: path, positive: true)
        if let value = m["consumed"] {
            if case .bool(let flag) = value { stage.isConsumed = flag } else { issue(join(path, "consumed"), "expected true or false, got \(value.excerpt)") }
        }
        guard issues.totalCount == before, name != nil, trigger != nil else { return nil }
        return stage
    }

    /// "continuous", "every 10s", "schedule 1d" or "schedule 1d at 2h".
    mutating func decodeTrigger(_ value: JSONValue?, path: String) -> StageTrigger? {
        let expectation = "\"continuous\", \"every DURATION\" or \"schedule DURATION [at DURATION]\""
        guard let value else {
            issue(join(path, "trigger"), "missing; expected \(expectation)")
            return nil
        }
        guard case .string(let text) = value else {
            issue(join(path, "trigger"), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        let words = text.split(separator: " ").map(String.init)
        if words == ["continuous"] { return .continuous }
        if words.count == 2, words[0] == "every", let seconds = SimulationDuration.seconds(words[1]), seconds > 0 {
            return .every(intervalSeconds: seconds)
        }
        if words.first == "schedule", words.count == 2 || (words.count == 4 && words[2] == "at"),
           let seconds = SimulationDuration.seconds(words[1]), seconds > 0 {
            let offset = words.count == 4 ? SimulationDuration.seconds(words[3]) : 0
            if let offset, offset < seconds { return .schedule(intervalSeconds: seconds, offsetSeconds: offset) }
        }
        issue(join(path, "trigger"), "expected \(expectation) with positive durations, got \(value.excerpt)")
        return nil
    }

    mutating func decodeService(_ value: JSONValue, path: String) -> ServiceTime? {
        guard case .object(let members) = value else {
            issue(path, "expected an object with \"mean\" and \"distribution\", got \(value.excerpt)")
            return nil
        }
        let m = fields(members, allowed: Self.serviceKeys, path: path)
        guard let mean = duration(m["mean"], "mean", path: path, atMost: 1e6) else {
            if m["mean"] == nil { issue(join(path, "mean"), "missing; expected a duration") }
            return nil
        }
        var time = ServiceTime(meanSeconds: mean)
        if let v: ServiceTime.Distribution = optionalEnum(m["distribution"], "distribution", path: path) { time.distribution = v }
        if let v = number(m["cv"], "cv", path: path, range: .nonNegative(atMost: 100), required: false) { time.coefficientOfVariation = v }
        return time
    }

    mutating func decodeTargets(_ value: JSONValue, path: String) -> SimulationTargets {
        var targets = SimulationTargets(latencyP99Seconds: nil)
        guard case .object(let members) = value else {
            issue(path, "expected a targets object, got \(value.excerpt)")
            return targets
        }
        let m = fields(members, allowed: Self.targetKeys, path: path)
        targets.latencyP99Seconds = duration(m["latency_p99"], "latency_p99", path: path, positive: true)
        if let tier: LatencyTier = optionalEnum(m["tier"], "tier", path: path) {
            targets.tier = tier.rawValue
            if targets.latencyP99Seconds == nil { targets.latencyP99Seconds = TierLatencies().minutes(for: tier) * 60 }
        }
        if let value = m["exactly_once"] {
            if case .bool(let flag) = value { targets.requiresExactlyOnce = flag } else {
                issue(join(path, "exactly_once"), "expected true or false, got \(value.excerpt)")
            }
        }
        if let v = number(m["max_late_fraction"], "max_late_fraction", path: path, range: .nonNegative(atMost: 1), required: false) {
            targets.maximumLateShare = v
        }
        return targets
    }

    // MARK: - Readers

    /// A duration: a number of seconds, or text such as "250ms", "10s", "15m", "1h", "1d".
    mutating func duration(
        _ value: JSONValue?, _ key: String, path: String, positive: Bool = false, atMost maximum: Double = SimulationDuration.maximumSeconds
    ) -> Double? {
        guard let value else { return nil }
        let expectation = "\(positive ? "a positive" : "a non-negative") duration of at most \(SimulationDuration.format(seconds: maximum)) (seconds, or text like \"20us\", \"250ms\", \"10s\", \"15m\", \"1h\", \"1d\")"
        var seconds: Double?
        switch value {
        case .number(let number): seconds = number.isFinite && number >= 0 ? number : nil
        case .string(let text): seconds = SimulationDuration.seconds(text)
        default: seconds = nil
        }
        guard let seconds, seconds <= maximum, !positive || seconds > 0 else {
            issue(join(path, key), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        return seconds
    }

    /// A whole number within `range`.
    mutating func wholeNumber(_ value: JSONValue?, _ key: String, path: String, in range: ClosedRange<Int>) -> Int? {
        guard let value else { return nil }
        guard case .number(let number) = value, number.isFinite, number == number.rounded(),
              number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            issue(join(path, key), "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(value.excerpt)")
            return nil
        }
        return Int(number)
    }
}
