import VersusCore
import Yams

/// What a model page says of one figure beyond its value: the source it
/// cites and the date it was true, when written on the figure itself
/// (`math: {value: 94, source: review, as_of: 2026-04-01}`), and where the
/// figure is written. A plain number has a note too, with its place alone.
public struct FigureNote: Sendable, Hashable {
    public var source: SourceRef?
    public var asOf: Day?
    /// Where the value is written: warnings about the figure point here.
    public var location: SourceLocation

    public init(source: SourceRef? = nil, asOf: Day? = nil, location: SourceLocation) {
        self.source = source
        self.asOf = asOf
        self.location = location
    }

    static let keys = ["value", "source", "as_of"]

    /// A figure as written: a plain number, or the long form
    /// `{value, source, as_of}`. Nil, with the problem reported, when it has
    /// no number.
    static func read(_ node: Node, name: String, reader: inout YAMLReader) -> (value: Double, note: FigureNote)? {
        guard let mapping = node.mapping else {
            guard let value = reader.number(node, name: name) else { return nil }
            return (value, FigureNote(location: reader.location(of: node)))
        }
        var value: Double?
        var valueNode: Node?
        var note = FigureNote(location: reader.location(of: node))
        for (keyNode, field) in mapping {
            switch keyNode.string ?? "" {
            case "value":
                valueNode = field
                value = reader.number(field, name: name)
            case "source":
                if let key = reader.string(field, name: "\(name).source") {
                    note.source = SourceRef(key: key, location: reader.location(of: field))
                }
            case "as_of": note.asOf = reader.day(field, name: "\(name).as_of")
            case let other:
                reader.report(.unknownFigureKey(key: other, place: "the figure '\(name)'", meant: Suggestion.closest(to: other, among: keys),
                                                known: keys), at: keyNode)
            }
        }
        guard let valueNode else {
            reader.report(.figureWithoutValue(figure: name), at: node)
            return nil
        }
        guard let value else { return nil }
        note.location = reader.location(of: valueNode)
        return (value, note)
    }
}
