import Foundation
import VersusCore

/// A chart's numbers as CSV (RFC 4180), offered under every chart because
/// readers reuse the figures. Values are written plain (`0.55`, `1200`), not
/// as the chart labels them (`$0.55`, `1,200`), so a spreadsheet reads them
/// as numbers; the unit goes into the header.
public enum ChartCSV {
    public static func csv(_ chart: Chart) -> String {
        let unit = chart.unit.isEmpty ? "" : " (\(chart.unit))"
        var rows: [[String]]
        switch chart.kind {
        case .scatter:
            rows = [["Label", chart.xTitle + unit, chart.yTitle]]
            rows += chart.points.map { [$0.label, number($0.x), number($0.y)] }
        case .bar, .hbar, .line:
            rows = [[chart.xTitle] + chart.series.map { $0.name + unit }]
            for (i, category) in chart.categories.enumerated() {
                rows.append([category] + chart.series.map { i < $0.values.count ? $0.values[i].map(number) ?? "" : "" })
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// `data:text/csv;charset=utf-8,…`, percent-encoded, safe inside an
    /// HTML attribute as it is.
    public static func dataURI(_ chart: Chart) -> String {
        var out = "data:text/csv;charset=utf-8,"
        for byte in csv(chart).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }

    /// The name a download gets: the chart's title as a slug, else its id.
    public static func fileName(_ chart: Chart, id: String) -> String {
        let slug = Slug.make(chart.title)
        return (slug.isEmpty ? id : String(slug.prefix(60))) + ".csv"
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
