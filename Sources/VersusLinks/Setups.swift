import VersusContent
import VersusCore

/// Setup pages (`type: setup`) are checked like models: the models they run
/// must be model pages, and a setup with no cost cannot be costed.
public enum Setups {
    public static func problems(_ sources: [PageSource], models: [Int], placed: (Int) -> Bool) -> [Diagnostic] {
        let ids = Set(models.map { sources[$0].id })
        var out: [Diagnostic] = []
        for (index, page) in sources.enumerated() where placed(index) {
            guard let setup = page.setup else { continue }
            for run in setup.runs where !ids.contains(run.id) {
                out.append(Diagnostic(.unknownModelID(id: run.id, place: "runs", kind: "model", meant: Suggestion.closest(to: run.id, among: ids)),
                                      at: run.location))
            }
            // (A cost written wrong is an error that leaves the page out.)
            if setup.rental == nil && setup.purchase == nil {
                out.append(Diagnostic(.setupWithoutCost, at: page.location(ofKey: "type")))
            }
        }
        return out
    }

    /// The placed setup pages, by title.
    public static func indices(_ sources: [PageSource], placed: (Int) -> Bool) -> [Int] {
        sources.indices.filter { sources[$0].setup != nil && placed($0) }
            .sorted { sources[$0].title.lowercased() < sources[$1].title.lowercased() }
    }
}
