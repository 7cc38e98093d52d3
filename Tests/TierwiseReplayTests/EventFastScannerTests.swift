import Foundation
import Testing
import TierwiseModel
@testable import TierwiseReplay
import TierwiseSimulator

@Suite("Event files: the fast scanner")
struct EventFastScannerTests {
    @Test("Mutated files read the same with the fast scanner as with the generic reader: events, quarantine, counts")
    func mutatedFilesReadTheSame() {
        var mutator = EventFileMutator(seed: 0xFA57_5CA7, longestString: 600)
        var failures: [String] = []
        for index in 0..<3_000 {
            let bytes = mutator.file(isCSV: index % 2 == 0)
            let layout: EventFileReader.Layout? = [nil, .jsonLines, .csv][index % 3]
            let fast = EventFileReader.read(bytes, layout: layout, maximumLineBytes: 512, scansFast: true)
            let generic = EventFileReader.read(bytes, layout: layout, maximumLineBytes: 512, scansFast: false)
            if fast != generic {
                failures.append("case \(index): \(String(decoding: bytes.prefix(400), as: UTF8.self))\nfast: \(fast)\ngeneric: \(generic)")
            }
            if failures.count > 3 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
    }

    @Test("Hand-picked lines read the same both ways", arguments: [
        #"{"id":1,"key":"a","event_time":0,"value":2}"#,
        #" {"value":-0.5e3 , "event_time":"1970-01-01T00:01:00Z","key":7,"id":"x"} "#,
        #"{"id":0,"key":0,"event_time":-0,"value":-0}"#,
        #"{"id":123456789012345,"key":"k","event_time":253402300799999,"value":1E+2}"#,
        #"{"id":1234567890123456,"key":"k","event_time":0,"value":1}"#,
        #"{"id":-3,"key":"k","event_time":0,"value":1}"#,
        #"{"id":1.0,"key":"k","event_time":0,"value":1}"#,
        #"{"id":01,"key":"k","event_time":0,"value":1}"#,
        #"{"id":"a\"b","key":"k","event_time":0,"value":1}"#,
        #"{"id":"é","key":"k","event_time":0,"value":1}"#,
        #"{"id":"","key":"k","event_time":0,"value":1}"#,
        #"{"id":1,"key":"k","event_time":0,"value":1,"extra":2}"#,
        #"{"id":1,"id":2,"key":"k","event_time":0,"value":1}"#,
        #"{"id":1,"key":"k","event_time":0.5,"value":1}"#,
        #"{"id":1,"key":"k","event_time":"12","value":1e999}"#,
        #"{"id":1,"key":"k","event_time":0,"value":1}x"#,
        #"{"id":1,"key":"k","event_time":0,"value":1,}"#,
        #"{"id":1,"key":"k","event_time":0}"#,
        "{\"id\":1,\"key\":\"k\"\r,\"event_time\":0,\"value\":1}",
    ])
    func handPickedJSONLines(_ line: String) {
        let bytes = Array(line.utf8)
        #expect(EventFileReader.read(bytes, layout: .jsonLines, maximumLineBytes: 1 << 20, scansFast: true)
            == EventFileReader.read(bytes, layout: .jsonLines, maximumLineBytes: 1 << 20, scansFast: false))
    }

    @Test("Decimal values read by the fast path are the doubles strtod gives")
    func decimalValues() {
        var random = SystemRandomNumberGenerator()
        var lines: [String] = []
        for index in 0..<20_000 {
            let digits = 1 + index % 15
            let mantissa = String(UInt64.random(in: 0..<UInt64(pow(10.0, Double(digits))), using: &random))
            let point = Int.random(in: 0..<max(mantissa.count, 1), using: &random)
            let text = (index % 2 == 0 ? "-" : "") + mantissa.prefix(point + 1) + "." + mantissa.dropFirst(point + 1) + "0"
            lines.append(#"{"id":\#(index),"key":"k","event_time":0,"value":\#(text)}"#)
        }
        lines += ["0.1", "0.3", "9007199254740.993", "123456789012345.6", "0.000000000000001", "-0.0", "1.7976931348623157"].enumerated().map {
            #"{"id":\#($0.offset + 30_000),"key":"k","event_time":0,"value":\#($0.element)}"#
        }
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let fast = EventFileReader.read(bytes, layout: .jsonLines, maximumLineBytes: 1 << 20, scansFast: true)
        let generic = EventFileReader.read(bytes, layout: .jsonLines, maximumLineBytes: 1 << 20, scansFast: false)
        #expect(fast.events.count == lines.count)
        #expect(zip(fast.events, generic.events).allSatisfy { $0.value.bitPattern == $1.value.bitPattern })
        #expect(fast == generic)
    }

    @Test("Hand-picked CSV rows read the same both ways", arguments: [
        "1,a,0,2", " 1 ,\ta\t, 60000 , 2.5 ", "1,a,+5,2", "1,a,007,2", "1,a,-0,-0", "1,a,1970-01-01T00:00:00Z,1",
        "1,a,0,1e3", "1,a,0,abc", "1,a,0", "1,a,0,2,extra", ",a,0,2", "1,,0,2", "1,a,,2", "1,a,0,", "\"1\",a,0,2",
        "1,é,0,2", "1,a b,0,2", "1,a,99999999999999999999,2", "1,a,0.5,2", "1,a,0,1_000",
    ])
    func handPickedCSVRows(_ row: String) {
        let bytes = Array(("id,key,event_time,value\n" + row).utf8)
        #expect(EventFileReader.read(bytes, layout: .csv, maximumLineBytes: 1 << 20, scansFast: true)
            == EventFileReader.read(bytes, layout: .csv, maximumLineBytes: 1 << 20, scansFast: false))
    }
}
