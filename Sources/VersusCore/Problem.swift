/// Every kind of problem Versus reports, one case each, with the typed facts
/// the message is made of. A case has a stable code (`V012`) and a severity;
/// its words are written in one place (`Problem+Text.swift`), and what it means,
/// an example and the fix in another (`Catalogue.swift`), the source of
/// `versus explain` and of docs/Content/errors.md.
///
/// Codes are never reused or renumbered: an editor's search for `V061` must
/// keep finding the same explanation.
public enum Problem: Sendable, Hashable, Codable {
    // MARK: files (V001-V009)
    case cannotRead(reason: String)
    case invalidUTF8(byte: UInt8)
    case emptyFile
    case missingFrontMatter
    case frontMatterNotClosed
    case notASite
    case noContentFolder

    // MARK: front matter (V010-V019)
    case missingKey(key: String)
    case emptyTitle
    case unknownKey(key: String, kind: KeyKind, meant: String?)
    case unknownType(type: String, meant: String?)
    case badID(suggestion: String)
    case duplicateURL(url: String, other: String)
    case wrongType(key: String, expected: String, found: String)
    case notAMapping
    case duplicateKey(names: [String])

    // MARK: YAML (V020)
    case yamlSyntax(YAMLSyntax)

    // MARK: model data (V030-V039)
    case badWeights(found: String)
    case unknownPricingKey(key: String)
    case scoreOutOfRange(category: String, value: String)
    case scoreSpelling(written: String, other: String, otherPath: String)
    case nameOwnedTwice(name: String, first: String, second: String)

    // MARK: site.yml (V040-V049)
    case badBaseURL(given: String)
    case badNavItem
    case navNotAList
    case unknownDataField(path: String, known: [String])
    case badMentionsMode(value: String)
    case unknownSiteKey(key: String, meant: String?, known: [String])
    case badKeysSetting

    // MARK: links and names (V050-V059)
    case brokenLink(written: String, meant: String?)
    case brokenAnchor(page: String?, anchor: String, meant: String?)
    case nearMissName(written: String, meant: String, path: String)

    // MARK: tables and figures (V060-V069)
    case figureMismatch(header: String, model: String, written: String, expected: String, field: String, path: String)
    case rowCells(found: Int, expected: Int, detail: String)
    case unclosedFence(fence: String)
    /// A hand-written figure that was never the model's value: neither on the
    /// article's date (`then`, on `day`) nor now.
    case figureMismatchOnDate(header: String, model: String, written: String, then: String, day: String, now: String,
                              field: String, path: String)

    // MARK: models blocks (V070-V079)
    case unknownField(option: String, field: String, meant: String?, known: [String])
    case unknownOption(block: String, option: String, meant: String?, known: [String])
    case needsColumns
    case headersCount(headers: Int, columns: Int)
    case whereKeyEmpty(key: String)
    case whereValueUnknown(key: String, value: String, meant: String?)
    case limitTooSmall(limit: Int)
    case blockEmpty(block: String)

    // MARK: charts (V080-V089)
    case chartNeedsType
    case unknownChartType(name: String, meant: String?)
    case chartNeedsY(scatter: Bool)
    case chartNeedsTable
    case noColumnNumber(number: Int, count: Int, headers: [String])
    case noColumnNamed(name: String, headers: [String])
    case logScaleKind(kind: String)
    case yRange(low: String, high: String)
    case cellsLeftOut(cells: [String], missing: [String])
    case noNumbers(what: String)
    case highlightNotShown(name: String, meant: String?)

    // MARK: templates (V090-V099)
    case templateSyntax(message: String)
    case missingTemplate(name: String, folder: String)
    case noTemplateForType(type: String, fix: String)
    case unknownTemplateVariable(name: String, meant: String?)

    // MARK: output and command line (V100-V119)
    case outputNotOurs(marker: String)
    case outputNotAFolder
    case outputContainsSite
    case outputParentMissing
    case cannotWrite(what: String, reason: String)
    case outputLocked
    case copyOverwrites(source: String, other: String)
    case copyIntoSearch(source: String)
    case notInASite(command: String)
    case fileExists(path: String)
    case folderNotEmpty(entries: [String])
    case badThemeSetting(value: String, meant: String?)
    case relativeNavURL(url: String)
    case folderNotRead(folder: String, meant: String)

    // MARK: sources, dates and history of figures (V120-V129)
    case unknownSource(key: String, meant: String?, known: [String])
    case sourceWithoutTitle(key: String)
    case figureWithoutValue(figure: String)
    /// A key inside a source, a figure's long form or a history entry.
    case unknownFigureKey(key: String, place: String, meant: String?, known: [String])
    case historyUnknownFigure(figure: String, meant: String?)
    case historyDateTwice(figure: String, date: String)
    case dateInFuture(what: String, date: String, today: String)
    case staleFigure(figure: String, date: String, days: Int, limit: Int)
    case historyNotBefore(figure: String, date: String, current: String)
    case undatedChange(figure: String)
    case historyEntryEmpty(date: String)
    /// A date many figures take (a page's as_of, a source's), stale.
    case staleDate(whose: String, date: String, days: Int, limit: Int, figures: Int)
    case historyBeforeRelease(date: String, released: String)
    case sourceShadowed(key: String)

    // MARK: pairs, setups and the cost calculator (V133-V141)
    /// `place`: where the id was written (`compare`, `compare.pairs`, `runs`, `models`).
    case unknownModelID(id: String, place: String, kind: String, meant: String?)
    case pairOfOne(id: String)
    case pairClaimedTwice(pair: String, first: String)
    case pairsOverCap(count: Int, cap: Int)
    case pairNeedsTwo(found: Int)
    case rentalRange(min: String, max: String)
    case setupWithoutCost
    case calculatorNoModels
    case workloadEmpty
    case modelWithoutPrices(id: String)
    /// `compare:` on a model or setup page.
    case compareNotHere(kind: String)
    case workloadPart(missing: String)
    case workloadTiny(key: String, value: String)
    case pairURLTwice(url: String, first: String, second: String)
    case pairFilterKeepsFew(count: Int)

    /// Which keys an unknown key was compared with.
    public enum KeyKind: String, Sendable, Hashable, Codable {
        case page
        case model
    }

    /// A YAML syntax error in an editor's words: the common libyaml problems
    /// get a sentence and a fix; anything else keeps libyaml's own text.
    public enum YAMLSyntax: Sendable, Hashable, Codable {
        case colonInValue(key: String, value: String)
        case tab
        case unclosedFlow(bracket: String)
        case unclosedQuote
        case badIndentation
        case other(String)
    }
}

extension Problem {
    /// The stable code printed with the message: `V012`.
    public var code: Code {
        switch self {
        case .cannotRead: .V001
        case .invalidUTF8: .V002
        case .emptyFile: .V003
        case .missingFrontMatter: .V004
        case .frontMatterNotClosed: .V005
        case .notASite: .V006
        case .noContentFolder: .V007
        case .missingKey: .V010
        case .emptyTitle: .V011
        case .unknownKey: .V012
        case .unknownType: .V013
        case .badID: .V014
        case .duplicateURL: .V015
        case .wrongType: .V016
        case .notAMapping: .V017
        case .duplicateKey: .V018
        case .yamlSyntax: .V020
        case .badWeights: .V030
        case .unknownPricingKey: .V031
        case .scoreOutOfRange: .V032
        case .scoreSpelling: .V033
        case .nameOwnedTwice: .V034
        case .badBaseURL: .V040
        case .badNavItem: .V041
        case .navNotAList: .V042
        case .unknownDataField: .V043
        case .badMentionsMode: .V044
        case .unknownSiteKey: .V045
        case .badKeysSetting: .V046
        case .brokenLink: .V050
        case .brokenAnchor: .V051
        case .nearMissName: .V052
        case .figureMismatch: .V060
        case .rowCells: .V061
        case .unclosedFence: .V062
        case .figureMismatchOnDate: .V063
        case .unknownField: .V070
        case .unknownOption: .V071
        case .needsColumns: .V072
        case .headersCount: .V073
        case .whereKeyEmpty: .V074
        case .whereValueUnknown: .V075
        case .limitTooSmall: .V076
        case .blockEmpty: .V077
        case .chartNeedsType: .V080
        case .unknownChartType: .V081
        case .chartNeedsY: .V082
        case .chartNeedsTable: .V083
        case .noColumnNumber: .V084
        case .noColumnNamed: .V085
        case .logScaleKind: .V086
        case .yRange: .V087
        case .cellsLeftOut: .V088
        case .noNumbers: .V089
        case .highlightNotShown: .V079
        case .templateSyntax: .V090
        case .missingTemplate: .V091
        case .noTemplateForType: .V092
        case .unknownTemplateVariable: .V093
        case .outputNotOurs: .V100
        case .outputNotAFolder: .V101
        case .outputContainsSite: .V102
        case .outputParentMissing: .V103
        case .cannotWrite: .V104
        case .outputLocked: .V105
        case .copyOverwrites: .V106
        case .copyIntoSearch: .V107
        case .notInASite: .V110
        case .fileExists: .V111
        case .folderNotEmpty: .V146
        case .badThemeSetting: .V147
        case .relativeNavURL: .V148
        case .folderNotRead: .V149
        case .unknownSource: .V120
        case .sourceWithoutTitle: .V121
        case .figureWithoutValue: .V122
        case .unknownFigureKey: .V123
        case .historyUnknownFigure: .V124
        case .historyDateTwice: .V125
        case .dateInFuture: .V126
        case .staleFigure, .staleDate: .V127
        case .historyNotBefore: .V128
        case .undatedChange: .V129
        case .historyEntryEmpty: .V130
        case .sourceShadowed: .V131
        case .historyBeforeRelease: .V132
        case .unknownModelID: .V133
        case .pairOfOne: .V134
        case .pairClaimedTwice: .V135
        case .pairsOverCap: .V136
        case .pairNeedsTwo: .V137
        case .rentalRange: .V138
        case .setupWithoutCost: .V139
        case .calculatorNoModels: .V140
        case .workloadEmpty: .V141
        case .modelWithoutPrices: .V140
        case .compareNotHere: .V012
        case .workloadPart: .V142
        case .workloadTiny: .V143
        case .pairURLTwice: .V144
        case .pairFilterKeepsFew: .V145
        }
    }

    /// Warnings are problems the build can work around (a page still shows
    /// what the editor wrote, but likely not what was meant); errors stop it.
    public var severity: Diagnostic.Severity { code.severity }
}
