/// One of the seed's five questions that challenge a stated latency, with what
/// the catalog says toward an answer.
public struct ChallengeQuestion: Sendable, Equatable {
    /// The question, as the architect would ask it.
    public var question: String
    /// What the catalog entry says that bears on it.
    public var evidence: String

    public init(question: String, evidence: String) {
        self.question = question
        self.evidence = evidence
    }
}
