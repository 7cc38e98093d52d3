import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

/// Expected figures are worked out by hand from docs/capacity.md's formulas
/// and Pricing.builtIn (arithmetic in the comments), never read off this code.
///
/// Built-in values used below: stream and batch $0.048 per vCPU-hour; broker
/// $0.21 per hour; log $0.10 and lake $0.023 per GB-month; network $0.02 per
/// GB; partitions 10 MB/s produce, 20 MB/s consume, 1,000 replicas per
/// broker; replication 3; stream 50,000 / 20,000 / 5,000 and batch 200,000 /
/// 100,000 / 20,000 events/s per vCPU (simple / moderate / complex); target
/// utilization 0.7; 1,000 bytes per event; log 7 days, lake 365 days;
/// 10 minutes of overhead per run on 16 vCPUs; 30 daily or 720 hourly runs.
@Suite("Capacity cost estimator")
struct CapacityCostEstimatorTests {
    let estimator = CapacityCostEstimator(pricing: .builtIn, parameters: CostParameters())

    func sizing(_ approach: ProcessingApproach, _ useCase: UseCase) throws -> CapacitySizing {
        try #require(estimator.estimate(approach, for: useCase).capacity)
    }

    // MARK: - Stream compute

    @Test("Stream vCPUs: ceil(peak rate / (events/s per vCPU × utilization)), at least 1", arguments: [
        // 2,000 × 4 = 8,000 events/s; 20,000 × 0.7 = 14,000 per vCPU; ceil(0.5714) = 1.
        (2_000.0, 4.0, ProcessingComplexity?.none, 1.0),
        // 50,000 × 2 = 100,000; 100,000 / 14,000 = 7.14; ceil = 8.
        (50_000, 2, nil, 8),
        // Exactly 14,000 events/s fits one vCPU (20,000 × 0.7 is 13,999.999… in binary).
        (14_000, 1, .moderate, 1),
        // 14,001 events/s needs a second vCPU.
        (14_001, 1, .moderate, 2),
        // Simple: 50,000 × 0.7 = 35,000 per vCPU; 100,000 / 35,000 = 2.86 → 3.
        (50_000, 2, .simple, 3),
        // Complex: 5,000 × 0.7 = 3,500 per vCPU; 8,000 / 3,500 = 2.29 → 3.
        (2_000, 4, .complex, 3),
        // No events: one always-on vCPU.
        (0, 1, nil, 1),
    ])
    func streamVCPUs(rate: Double, peak: Double, complexity: ProcessingComplexity?, expected: Double) throws {
        let useCase = makeUseCase(eventsPerSecond: rate, peakMultiplier: peak, complexity: complexity)
        let s = try sizing(.realTime, useCase)
        #expect(s.vCPUs == expected)
        #expect(s.vCPUHoursPerMonth == expected * 720)
        #expect(s.basis == .provisionedForPeak)
        #expect(s.targetUtilization == 0.7)
        #expect(s.provisionedEventsPerSecond == rate * peak)
    }

    // MARK: - Kafka

    @Test("Partitions: max(t/p, t/c) rounded up, at least 1; brokers hold every replica, at least 3", arguments: [
        // 2,000 × 4 × 1,000 B = 8 MB/s: max(8/10, 8/20) = 0.8 → 1 partition; max(3, ceil(3/1,000)) = 3 brokers.
        (2_000.0, 4.0, 1.0, 3.0),
        // 50,000 × 2 × 1,000 B = 100 MB/s: max(10, 5) = 10 partitions; 30 replicas → 3 brokers.
        (50_000, 2, 10, 3),
        // 10^7 × 2 × 1,000 B = 20,000 MB/s: 2,000 partitions; 6,000 replicas / 1,000 = 6 brokers.
        (10_000_000, 2, 2_000, 6),
        // No events: still one partition on the smallest cluster.
        (0, 1, 1, 3),
    ])
    func partitions(rate: Double, peak: Double, partitions: Double, brokers: Double) throws {
        let s = try sizing(.nearRealTime, makeUseCase(eventsPerSecond: rate, peakMultiplier: peak))
        #expect(s.kafkaPartitions == partitions)
        #expect(s.kafkaBrokers == brokers)
    }

    @Test("The slower of produce and consume decides the partitions")
    func consumeBound() throws {
        var pricing = Pricing.builtIn
        pricing.kafkaPartitionProduceMBPerSecond = 50
        // 100 MB/s: max(100/50, 100/20) = max(2, 5) = 5.
        let s = try #require(CapacityCostEstimator(pricing: pricing)
            .estimate(.microBatch, for: makeUseCase(eventsPerSecond: 50_000, peakMultiplier: 2)).capacity)
        #expect(s.peakThroughputMBPerSecond == 100)
        #expect(s.kafkaPartitions == 5)
    }

    // MARK: - A whole stream estimate

    @Test("Card fraud (catalogs/example.json) as real_time: every line by hand")
    func cardFraud() throws {
        // 2,000 events/s, peak 4, moderate; 172,800,000 events a day (2,000 × 86,400) of 1,000 B = 172.8 GB/day.
        let fraud = makeUseCase(tier: .realTime, eventsPerSecond: 2_000, peakMultiplier: 4, complexity: .moderate)
        let cost = estimator.estimate(.realTime, for: fraud)
        let s = try #require(cost.capacity)
        #expect(isClose(s.logStorageGB, 3_628.8))  // 172.8 × 7 days × 3 replicas
        #expect(isClose(s.lakeStorageGB, 63_072))  // 172.8 × 365
        #expect(isClose(s.replicationTrafficGBPerMonth, 10_368))  // 30 × 172.8 × (3 − 1)
        // compute = 1 vCPU × 720 × 0.048 + 3 brokers × 720 × 0.21 = 34.56 + 453.60
        #expect(isClose(cost.model.computeCostUSD, 488.16))
        // storage = 3,628.8 × 0.10 + 63,072 × 0.023 = 362.88 + 1,450.656
        #expect(isClose(cost.model.storageCostUSD, 1_813.536))
        // network = 10,368 × 0.02
        #expect(isClose(cost.model.networkCostUSD, 207.36))
        #expect(isClose(cost.model.monthlyInfrastructureUSD, 2_509.056))
        // People as the seed's real_time: (100 + 40 + 20) h × 150 = 24,000; (100 + 50) d × 8 × 150 = 180,000.
        #expect(isClose(cost.model.monthlyOperationalUSD, 24_000))
        #expect(isClose(cost.model.initialInvestmentUSD, 180_000))

        // batch_simple, daily: 30 × 172,800,000 / (100,000 × 3,600) = 14.4 h + 30 × 10/60 × 16 = 80 h.
        let batch = estimator.estimate(.batchSimple, for: fraud)
        #expect(isClose(try #require(batch.capacity).vCPUHoursPerMonth, 94.4))
        #expect(isClose(batch.model.computeCostUSD, 4.5312))  // 94.4 × 0.048
        #expect(isClose(batch.model.monthlyInfrastructureUSD, 1_455.1872))  // 4.5312 + 1,450.656
    }

    @Test("A use case's event_bytes and log_retention_days replace the pricing's")
    func useCaseCapacityFields() throws {
        var useCase = makeUseCase(eventsPerSecond: 1_000)
        useCase.eventBytes = 250
        useCase.logRetentionDays = 1
        // 86,400,000 events/day × 250 B = 21.6 GB/day.
        let s = try sizing(.nearRealTime, useCase)
        #expect(isClose(s.logStorageGB, 64.8))  // 21.6 × 1 day × 3
        #expect(isClose(s.lakeStorageGB, 7_884))  // 21.6 × 365
        #expect(s.eventBytes == 250)
    }

    // MARK: - Batch

    @Test("Batch vCPU-hours: volume per vCPU plus overhead per run", arguments: [
        // 500 events/s = 43,200,000 a day, 1,296,000,000 a month.
        // batch_simple, moderate: 1.296e9 / (100,000 × 3,600) = 3.6 h; overhead 30 × 10/60 × 16 = 80 h.
        (ProcessingApproach.batchSimple, LatencyTier.batch, 83.6, 30.0),
        // batch_complex uses the complex figure: 1.296e9 / (20,000 × 3,600) = 18 h; + 80 h.
        (.batchComplex, .batch, 98, 30),
        // mini_batch runs hourly: 3.6 h + 720 × 10/60 × 16 = 1,920 h.
        (.batchSimple, .miniBatch, 1_923.6, 720),
    ])
    func batchHours(approach: ProcessingApproach, tier: LatencyTier, hours: Double, runs: Double) throws {
        let cost = estimator.estimate(approach, for: makeUseCase(tier: tier, eventsPerSecond: 500))
        let s = try #require(cost.capacity)
        #expect(isClose(s.vCPUHoursPerMonth, hours))
        #expect(s.runsPerMonth == runs)
        #expect(s.basis == .sizedForVolume)
        #expect(isClose(cost.model.computeCostUSD, hours * 0.048))
        // Lake only: 43.2 GB/day × 365 = 15,768 GB × 0.023 = 362.664; no log, no replication.
        #expect(isClose(cost.model.storageCostUSD, 362.664))
        #expect(cost.model.networkCostUSD == 0)
        #expect(s.kafkaPartitions == 0 && s.logStorageGB == 0)
    }

    @Test("The serving tier picks hourly or daily runs")
    func servingTier() throws {
        let useCase = makeUseCase(tier: .batch, eventsPerSecond: 500)
        let hourly = try #require(estimator.estimate(.batchSimple, for: useCase, servingTier: .miniBatch).capacity)
        #expect(hourly.runsPerMonth == 720)
    }

    // MARK: - Zero and extremes

    @Test("No events: a stream job costs its minimum vCPU and cluster, and nothing is stored or moved")
    func zeroRate() {
        let idle = makeUseCase(eventsPerSecond: 0)
        let stream = estimator.estimate(.realTime, for: idle).model
        // 1 × 720 × 0.048 + 3 × 720 × 0.21 = 34.56 + 453.60
        #expect(isClose(stream.computeCostUSD, 488.16))
        #expect(stream.storageCostUSD == 0)
        #expect(stream.networkCostUSD == 0)
        // Batch: the overhead only, 30 × 10/60 × 16 = 80 vCPU-hours × 0.048 = 3.84.
        let batch = estimator.estimate(.batchSimple, for: idle).model
        #expect(isClose(batch.computeCostUSD, 3.84))
        #expect(batch.storageCostUSD == 0)
    }

    @Test("At the largest inputs every figure is finite")
    func extremes() throws {
        var useCase = makeUseCase(eventsPerSecond: 1e9, peakMultiplier: 1_000, complexity: .complex)
        useCase.statedEventsPerDay = 1e14
        useCase.eventBytes = 1e8
        useCase.logRetentionDays = 36_500
        // The most expensive pricing a file accepts: top prices, least capacity.
        var worst = Pricing.builtIn
        for field in Pricing.fields { worst[keyPath: field.keyPath] = field.range.maximum }
        worst.streamVCPUEventsPerSecondComplex = 1
        worst.batchVCPUEventsPerSecondComplex = 1
        worst.streamTargetUtilization = 0.01
        worst.kafkaPartitionProduceMBPerSecond = 0.001
        worst.kafkaPartitionConsumeMBPerSecond = 0.001
        worst.kafkaPartitionReplicasPerBroker = 1
        for pricing in [Pricing.builtIn, worst] {
            for cost in CapacityCostEstimator(pricing: pricing).compare(useCase, approaches: ProcessingApproach.allCases) {
                let m = cost.model
                let s = try #require(cost.capacity)
                let figures = [
                    m.computeCostUSD, m.storageCostUSD, m.networkCostUSD, m.totalMonthlyUSD, m.annualTCOUSD,
                    s.vCPUs, s.vCPUHoursPerMonth, s.kafkaPartitions, s.kafkaBrokers, s.logStorageGB, s.lakeStorageGB,
                    s.replicationTrafficGBPerMonth, s.peakThroughputMBPerSecond,
                ]
                #expect(figures.allSatisfy { $0.isFinite }, "\(cost.approach)")
                #expect(m.totalMonthlyUSD > 0)
            }
        }
        // Built-in pricing, real time: 10^12 events/s at 5,000 × 0.7 = 3,500 per vCPU → ceil(285,714,285.7) vCPUs.
        let s = try sizing(.realTime, useCase)
        #expect(s.vCPUs == 285_714_286)
        // 10^12 × 10^8 B = 10^14 MB/s at 10 MB/s → 10^13 partitions.
        #expect(s.kafkaPartitions == 1e13)
    }

    @Test("Values no catalog would pass are brought into range, never NaN or infinity")
    func outOfRangeInCode() throws {
        var useCase = makeUseCase(eventsPerSecond: .nan, peakMultiplier: .infinity)
        useCase.eventBytes = -1
        useCase.logRetentionDays = .infinity
        var pricing = Pricing.builtIn
        pricing.streamTargetUtilization = 0
        pricing.streamVCPUEventsPerSecondModerate = .nan
        for cost in CapacityCostEstimator(pricing: pricing).compare(useCase, approaches: ProcessingApproach.allCases) {
            #expect(cost.model.totalMonthlyUSD.isFinite)
            let sizing = try #require(cost.capacity)
            #expect(sizing.vCPUs.isFinite && sizing.vCPUHoursPerMonth.isFinite)
        }
    }

    // MARK: - People and shape

    @Test("People lines are the seed's for every approach; only infrastructure changes", arguments: ProcessingApproach.allCases)
    func peopleAsSeed(approach: ProcessingApproach) {
        let parameters = CostParameters(hourlyRateUSD: 200, baselineMonthlyComputeUSD: 5_000)
        let useCase = makeUseCase(eventsPerSecond: 300, parameters: parameters)
        let capacity = CapacityCostEstimator(pricing: .builtIn, parameters: parameters).estimate(approach, for: useCase).model
        let seed = CostEstimator(parameters: parameters).estimate(approach, eventsPerDay: useCase.eventsPerDay)
        #expect(capacity.engineeringHours == seed.engineeringHours)
        #expect(capacity.onCallHours == seed.onCallHours)
        #expect(capacity.incidentResponseHours == seed.incidentResponseHours)
        #expect(capacity.initialDevelopmentDays == seed.initialDevelopmentDays)
        #expect(capacity.testingDays == seed.testingDays)
        #expect(capacity.hourlyRateUSD == 200)
    }

    @Test("compare keeps the order given; the seed's estimator leaves capacity nil")
    func compareOrder() {
        let useCase = makeUseCase()
        #expect(estimator.compare(useCase).map(\.approach) == [.batchSimple, .microBatch, .nearRealTime, .realTime])
        #expect(estimator.compare(useCase, approaches: [.realTime, .batchComplex]).map(\.approach) == [.realTime, .batchComplex])
        #expect(CostEstimator().compare(eventsPerDay: 1).allSatisfy { $0.capacity == nil })
    }
}
