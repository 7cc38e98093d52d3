/// One of the seed's five questions that challenge a stated latency, with what
/// the catalog says toward an answer.
///
/// The evidence only restates catalog fields, so it is derived on demand (for
/// the Markdown report) rather than stored with every analysis.
public struct ChallengeQuestion: Sendable, Equatable {
    /// The question, as the architect would ask it.
    public var question: String
    /// What the catalog entry says that bears on it.
    public var evidence: String

    /// Creates a `ChallengeQuestion` from its parts.
    public init(question: String, evidence: String) {
        self.question = question
        self.evidence = evidence
    }

    /// The seed's five challenge questions (seed 002, `CHALLENGE_QUESTIONS`).
    public static let seedQuestions = [
        "What business decision changes based on this data?",
        "What happens if data is 5 minutes late? 1 hour late?",
        "Who consumes this data and how often do they check it?",
        "Is there a human in the loop, or is it fully automated?",
        "What's the cost of a wrong decision vs a delayed decision?",
    ]

    /// The five questions for `useCase`, each with what its catalog entry says.
    public static func questions(for useCase: UseCase) -> [ChallengeQuestion] {
        let revenue = useCase.revenueImpactPerMinuteDelayUSD
        let justification = useCase.latencyJustification.isEmpty
            ? "The catalog gives no justification for \(useCase.latencyRequirement.rawValue)."
            : "The catalog's justification: \(useCase.latencyJustification)"
        let lateness = revenue == 0
            ? "The catalog puts no money on delay (0 USD/min): lateness costs nothing measurable."
            : "At \(DisplayFormat.usd(revenue))/min: \(DisplayFormat.usd(revenue * 5)) if 5 minutes late, "
                + "\(DisplayFormat.usd(revenue * 60)) if an hour late."
        let human = useCase.mentionsDashboard
        let consumer = human
            ? "The description names a dashboard: people, who check it minutes apart at best. Data source: \(useCase.dataSource)."
            : "No dashboard in the description: the consumer may be automated and act on every event. Data source: \(useCase.dataSource)."
        let loop = human
            ? "A human reads the results; sub-minute freshness is rarely acted on."
            : "Not evident from the catalog; if a person acts on the results, minutes of delay are usually acceptable."
        let tradeoff = "Cost of a wrong result: \(useCase.costOfError.rawValue). Cost of a delayed result: "
            + "\(DisplayFormat.usd(revenue))/min (\(DisplayFormat.usd(revenue * 60))/h)."
        return zip(seedQuestions, [justification, lateness, consumer, loop, tradeoff]).map {
            ChallengeQuestion(question: $0, evidence: $1)
        }
    }
}
