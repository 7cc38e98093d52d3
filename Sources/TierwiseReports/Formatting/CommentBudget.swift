/// Pull-request comments are bounded: GitHub refuses a comment over 65,536
/// characters. A report's detail rows are added while they fit in
/// ``limitBytes`` (UTF-8 bytes, never fewer than characters, with room for
/// the note that says how many rows were left out).
struct CommentBudget {
    /// GitHub's limit, in characters.
    static let githubLimitCharacters = 65_536
    /// What a comment may use, in UTF-8 bytes: the limit less room for the truncation note.
    static let limitBytes = 64_000

    private(set) var text: String
    private(set) var omitted = 0

    init(head: String) { text = head }

    /// Adds `row` when it fits, else counts it as left out (and every row after it).
    mutating func add(_ row: String) {
        if omitted == 0 && text.utf8.count + row.utf8.count <= Self.limitBytes {
            text += row
        } else {
            omitted += 1
        }
    }

    /// Adds text that must be there (short, such as a closing line) whatever the budget.
    mutating func append(_ tail: String) { text += tail }
}
