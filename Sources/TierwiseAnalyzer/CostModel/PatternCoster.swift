import TierwiseModel

/// Prices an architecture pattern as the systems it runs (tierwise model;
/// docs/methodology.md, "Patterns costed as patterns"), from the per-approach
/// costs of the use case's cost model:
/// - batch: the batch job;
/// - streaming ingestion, batch processing: an always-on ingest plus the batch job;
/// - hybrid lakehouse: the ingest into bronze plus the tier's processing of silver and gold;
/// - materialized views: the ingest plus the views' refreshes (micro-batch
///   compute and storage, batch operations: no streaming job to operate);
/// - Lambda: a batch layer plus a speed layer, two codebases built and run;
/// - Kappa: the stream processor plus its log kept over the replay horizon.
public enum PatternCoster {
    /// An always-on ingest (a connector writing raw events to the log or the
    /// lake) against simple batch: the same infrastructure, half its
    /// engineering and build, and an on-call rotation (1.0, the seed's
    /// batch_complex level) because it never stops. tierwise's assumption.
    public static let ingestMultipliers = ComplexityMultipliers(
        compute: 1.0, storage: 1.0, engineering: 0.5, onCall: 1.0, development: 0.5)

    /// What `pattern` costs for `useCase`, with `approach` doing its processing,
    /// `costs` the use case's approaches under the catalog's cost model.
    public static func cost(
        _ pattern: ArchitecturePattern, approach: ProcessingApproach, useCase: UseCase, costs: [ApproachCost],
        estimator: CostEstimator, settings: DecisionSettings = DecisionSettings()
    ) -> PatternCost {
        func model(_ a: ProcessingApproach) -> CostModel {
            costs.first { $0.approach == a }?.model ?? estimator.estimate(a, eventsPerDay: useCase.eventsPerDay)
        }
        let batchApproach = ProcessingApproach.serving(.batch, complexity: useCase.processingComplexity)
        let ingestLines = settings.costModel == .capacity
            ? capacityIngestModel(useCase: useCase, settings: settings)
            : ingestModel(useCase: useCase, estimator: estimator)
        let ingest = PatternCost.Component(role: "ingest", model: ingestLines)
        switch pattern {
        case .batch:
            return PatternCost(components: [.init(role: "batch job", model: model(approach))])
        case .streamingIngestionBatchProcessing:
            return PatternCost(components: [ingest, .init(role: "batch job", model: model(approach))])
        case .hybridLakehouse:
            return PatternCost(components: [ingest, .init(role: "silver and gold processing", model: model(approach))])
        case .materializedViews:
            var views = model(.microBatch)
            let batchPeople = model(.batchSimple)
            views.engineeringHours = batchPeople.engineeringHours
            views.onCallHours = batchPeople.onCallHours
            views.incidentResponseHours = batchPeople.incidentResponseHours
            views.initialDevelopmentDays = batchPeople.initialDevelopmentDays
            views.testingDays = batchPeople.testingDays
            return PatternCost(components: [ingest, .init(role: "view refreshes", model: views)])
        case .lambda:
            return PatternCost(components: [
                .init(role: "batch layer", model: model(batchApproach)), .init(role: "speed layer", model: model(approach)),
            ])
        case .kappa:
            // The capacity model already prices a stream job's log; the multipliers model has no log line.
            if settings.costModel == .capacity {
                return PatternCost(components: [.init(role: "stream processor and its log", model: model(approach))])
            }
            return PatternCost(components: [
                .init(role: "stream processor", model: model(approach)),
                .init(role: "log retention", model: logRetentionModel(
                    useCase: useCase, pricing: settings.pricing, hourlyRateUSD: model(approach).hourlyRateUSD)),
            ])
        }
    }

    /// The ingest's cost lines: the seed's formula with ``ingestMultipliers``.
    static func ingestModel(useCase: UseCase, estimator: CostEstimator) -> CostModel {
        var model = estimator.estimate(.batchSimple, eventsPerDay: useCase.eventsPerDay)
        let base = ProcessingApproach.batchSimple.multipliers, m = ingestMultipliers
        model.computeCostUSD *= m.compute / base.compute
        model.storageCostUSD *= m.storage / base.storage
        model.engineeringHours *= m.engineering / base.engineering
        model.onCallHours *= m.onCall / base.onCall
        model.incidentResponseHours *= m.onCall / base.onCall
        model.initialDevelopmentDays *= m.development / base.development
        model.testingDays *= m.development / base.development
        return model
    }

    /// Under the capacity model, the ingest is an always-on stream job of
    /// simple processing sized for peak (its infrastructure from capacity),
    /// with ``ingestMultipliers``' people lines.
    static func capacityIngestModel(useCase: UseCase, settings: DecisionSettings) -> CostModel {
        var simple = useCase
        simple.processingComplexity = .simple
        let capacity = CapacityCostEstimator(pricing: settings.pricing, parameters: useCase.costParameters)
        var model = capacity.estimate(.microBatch, for: simple).model
        let people = ingestModel(useCase: useCase, estimator: CostEstimator(parameters: useCase.costParameters))
        model.engineeringHours = people.engineeringHours
        model.onCallHours = people.onCallHours
        model.incidentResponseHours = people.incidentResponseHours
        model.initialDevelopmentDays = people.initialDevelopmentDays
        model.testingDays = people.testingDays
        return model
    }

    /// Storage for the log over its retention: events/day × bytes × days × replicas, at broker storage
    /// prices (the use case's `event_bytes` and `log_retention_days`, else the pricing's: 1 KB, Kafka's
    /// default 7 days, 3 copies, $0.10 per GB-month for Amazon MSK broker storage).
    static func logRetentionModel(useCase: UseCase, pricing: Pricing, hourlyRateUSD: Double) -> CostModel {
        let bytes = useCase.eventBytes ?? pricing.eventBytes
        let days = useCase.logRetentionDays ?? pricing.logRetentionDays
        let gigabytes = useCase.eventsPerDay * bytes * days * pricing.replicationFactor / 1e9
        return CostModel(
            computeCostUSD: 0, storageCostUSD: gigabytes * pricing.logStorageUSDPerGBMonth, networkCostUSD: 0,
            engineeringHours: 0, onCallHours: 0, incidentResponseHours: 0, initialDevelopmentDays: 0, testingDays: 0,
            hourlyRateUSD: hourlyRateUSD)
    }
}
