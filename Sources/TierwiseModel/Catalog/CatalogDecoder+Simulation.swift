import TierwiseJSON

/// A use case's optional `workload` and `architecture` objects, for
/// `tierwise simulate` (docs/simulator.md, "Catalog overrides"), with the
/// same readers and located messages as scenario files.
extension CatalogDecoder {
    static let useCaseArchitectureKeys: Set<String> = architectureKeys.union(["parallelism", "commit_interval"])

    /// `useCase` with the simulation settings its `workload` and `architecture`
    /// members state (problems recorded at their paths); unchanged when it states none.
    mutating func withSimulationSettings(_ useCase: UseCase, workload: JSONValue?, architecture: JSONValue?, path: String) -> UseCase {
        guard workload != nil || architecture != nil else { return useCase }
        var settings = UseCaseSimulationSettings()
        if let workload {
            let base = WorkloadSpec(eventsPerSecond: useCase.eventsPerSecond, peakMultiplier: useCase.peakMultiplier)
            settings.workload = decodeWorkload(workload, path: join(path, "workload"), base: base)
        }
        if let architecture {
            let inner = join(path, "architecture")
            guard case .object(let members) = architecture else {
                issue(inner, "expected an architecture object, got \(architecture.excerpt)")
                var copy = useCase
                copy.simulation = settings
                return copy
            }
            let m = fields(members, allowed: Self.useCaseArchitectureKeys, path: inner)
            settings.parallelism = wholeNumber(m["parallelism"], "parallelism", path: inner, in: 1...4_096)
            settings.commitIntervalSeconds = duration(m["commit_interval"], "commit_interval", path: inner, positive: true)
            if m["stages"] != nil {
                // An explicit pipeline: the scenario reader, without the two use-case-only keys.
                let pipelineMembers = members.filter { $0.key != "parallelism" && $0.key != "commit_interval" }
                settings.pipeline = decodeArchitecture(.object(pipelineMembers), path: inner, warnsUnknown: false)
            }
        }
        var copy = useCase
        copy.simulation = settings
        return copy
    }
}
