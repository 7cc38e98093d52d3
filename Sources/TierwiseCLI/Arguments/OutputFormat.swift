/// The report formats a command can write.
enum OutputFormat: String, CaseIterable, Sendable {
    case markdown, json, text
}
