/// The command line was wrong: exit status 2 and a pointer to `--help`.
struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command being parsed, or "" for the top level.
    var command: String
    /// What was wrong.
    var message: String

    var description: String {
        let help = command.isEmpty ? "tierwise --help" : "tierwise \(command) --help"
        return "tierwise: \(message)\nRun '\(help)' for usage."
    }
}
