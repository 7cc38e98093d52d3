import Foundation
import Testing
import TierwiseModel

@Suite("Saved analysis decoder")
struct SavedAnalysisDecoderTests {
    private var report: [UInt8] {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return Array(try Data(contentsOf: root.appendingPathComponent("reports/example.json")))
        }
    }

    @Test("The committed report reads back with the figures it holds")
    func readsBack() throws {
        let bytes = try report
        #expect(SavedAnalysisDecoder.isSavedAnalysis(bytes))
        #expect(!SavedAnalysisDecoder.isSavedAnalysis(Array(#"{"use_cases": []}"#.utf8)))
        let snapshot = try SavedAnalysisDecoder().decode(bytes, path: "r.json")
        #expect(snapshot.useCases.count == 12)
        let fraud = snapshot.useCases[0]
        // From reports/example.json: the chosen pattern's monthly total and the stated (= recommended) tier.
        #expect(fraud.name == "Card fraud detection")
        #expect(fraud.statedTier == .realTime && fraud.recommendedTier == .realTime)
        #expect(fraud.monthlyUSD == 44_523.33)
        #expect(fraud.pattern == "kappa")
        #expect(fraud.move == nil)
        #expect(snapshot.portfolio.recommendedMonthlyUSD == 328_433.26)
    }

    @Test("A seed-model report and a broken use case are refused with their places")
    func refused() {
        let text = "{\"format_version\": 1, \"model\": \"seed\",\n \"use_cases\": [{\"recommended_tier\": 7}]}"
        do {
            _ = try SavedAnalysisDecoder().decode(Array(text.utf8), path: "r.json")
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("r.json:1:32: model: expected \"tierwise\""), "\(error.description)")
        }
    }
}
