/// The report formats of `tierwise check`.
enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, github, junit, sarif, markdown
}
