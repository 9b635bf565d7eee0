import VersusContent

/// One field of one model's data that a `models` block or a chart read
/// (`pricing.input` of model page 12). Recorded where the block reads it, so
/// that a change of a model's figures redoes exactly the blocks that read a
/// field that changed.
public struct FieldRead: Sendable, Hashable {
    public var model: Int
    public var field: String
    public init(model: Int, field: String) {
        self.model = model
        self.field = field
    }
}

extension ModelsBlock {
    /// What selecting and drawing `chosen` reads: the filter and sort fields
    /// of every model (they decide the selection and its order) and the
    /// shown fields of the chosen ones.
    public func reads(shown fields: [String], chosen: [(index: Int, page: PageSource)], of catalog: ModelCatalog) -> Set<FieldRead> {
        var out: Set<FieldRead> = []
        let deciding = filters.map(\.path) + (sort.map { [$0.path] } ?? [])
        for model in catalog.models { for field in deciding { out.insert(FieldRead(model: model.index, field: field)) } }
        for model in chosen { for field in fields { out.insert(FieldRead(model: model.index, field: field)) } }
        return out
    }
}
