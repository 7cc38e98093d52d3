import TierwiseModel

/// Why a simulation could not run.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The engine refused a setting (a window, a bound, a TTL).
    case engine(scenario: String, reason: String)
    /// A pipeline without stages, or a stage reading a stage that is not before it.
    case invalidPipeline(scenario: String, reason: String)

    /// `--use-case` named no use case of the catalog.
    case unknownUseCase(name: String, known: [String])

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .engine(let scenario, let reason): "\(scenario): the engine refused a setting: \(reason)"
        case .invalidPipeline(let scenario, let reason): "\(scenario): \(reason)"
        case .unknownUseCase(let name, let known):
            "no use case is named \"\(name)\"; the catalog has " + listForMessages(known.map { "\"\($0)\"" })
        }
    }
}
