extension String {
    /// The text without leading and trailing white space (spaces, tabs, line
    /// breaks): how table cells, options and tag names are compared.
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
