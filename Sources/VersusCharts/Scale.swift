import Foundation

/// Maps data values to pixels along one axis, with "nice" ticks: steps of 1, 2
/// or 5 times a power of ten on a linear axis, powers of ten (and 2× and 5×
/// when few decades are shown) on a log axis.
struct Scale {
    let domainMin: Double
    let domainMax: Double
    let rangeStart: Double
    let rangeEnd: Double
    let log: Bool
    let ticks: [Double]

    /// A linear scale covering `values` (and zero for bars), extended to nice
    /// tick values; `fixedMin`/`fixedMax` win when given.
    static func linear(_ values: [Double], includeZero: Bool, fixedMin: Double?, fixedMax: Double?,
                       range: (Double, Double), targetTicks: Int = 5) -> Scale {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if let fixedMin { low = fixedMin }
        if let fixedMax { high = fixedMax }
        if high <= low { high = low + (low == 0 ? 1 : abs(low) * 0.1) }
        let step = niceStep((high - low) / Double(max(1, targetTicks)))
        let start = fixedMin ?? (low / step).rounded(.down) * step
        let end = fixedMax ?? (high / step).rounded(.up) * step
        // Ticks by count, never by accumulating: a step below the precision
        // of the values must not loop for ever.
        var ticks: [Double] = []
        let first = (start / step).rounded(.up)
        for k in 0..<50 {
            let t = (first + Double(k)) * step
            guard t <= end + step * 1e-9 else { break }
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
        }
        return Scale(domainMin: start, domainMax: end, rangeStart: range.0, rangeEnd: range.1, log: false, ticks: ticks)
    }

    /// A log-10 scale for positive values (prices that span cents to dollars).
    static func logarithmic(_ values: [Double], range: (Double, Double)) -> Scale {
        let positive = values.filter { $0 > 0 }
        let low = pow(10, (log10(positive.min() ?? 1)).rounded(.down))
        var high = pow(10, (log10(positive.max() ?? 10)).rounded(.up))
        if high <= low { high = low * 10 }
        let decades = Int(log10(high / low).rounded())
        var ticks: [Double] = []
        var decade = low
        while decade <= high * 1.0001 {
            ticks.append(decade)
            if decades <= 2 && decade * 10 <= high * 1.0001 {
                ticks.append(decade * 2)
                ticks.append(decade * 5)
            }
            decade *= 10
        }
        return Scale(domainMin: low, domainMax: high, rangeStart: range.0, rangeEnd: range.1, log: true, ticks: ticks.sorted())
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, log10(raw).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    func position(_ value: Double) -> Double {
        let t: Double
        if log {
            let v = max(value, domainMin)
            t = (log10(v) - log10(domainMin)) / (log10(domainMax) - log10(domainMin))
        } else {
            t = (value - domainMin) / (domainMax - domainMin)
        }
        return rangeStart + t * (rangeEnd - rangeStart)
    }
}
