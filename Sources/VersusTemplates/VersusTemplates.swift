/// VersusTemplates owns the Mustache templates under `Templates/`: compiling
/// them with file and line on every syntax error, choosing the template for a
/// page type, and rendering a view model built in Swift as `TemplateValue`s.
/// Templates hold no logic; what they show is decided by the view model.
public enum VersusTemplatesModule {}
