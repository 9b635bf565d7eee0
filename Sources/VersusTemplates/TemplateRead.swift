/// One field of another page's summary that a render read: `page` is the
/// page's index, `key` the summary field (`title`, `model`, `url`). A change
/// re-renders exactly the outputs that read a field that changed.
public struct TemplateRead: Sendable, Hashable {
    /// The hidden field by which a page summary names its page.
    public static let pageKey = "__page"
    /// The hidden field naming an object nested in a summary (`model`):
    /// reads inside it are recorded as `model.<field>`.
    public static let scopeKey = "__scope"
    public var page: Int
    public var key: String
    public init(page: Int, key: String) {
        self.page = page
        self.key = key
    }
}
