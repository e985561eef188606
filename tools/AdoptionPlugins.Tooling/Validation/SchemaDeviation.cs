namespace AdoptionPlugins.Tooling.Validation;

/// <summary>One difference between real, importable exports and the 9.0.0.2090 XSD that validate allows, and where the samples show it.</summary>
/// <param name="XPath">Exactly the nodes allowed: an element or an attribute at one path in customizations.xml.</param>
/// <param name="Seen">The sample that shows it (solution-format 5).</param>
/// <param name="Action">What the copy that is validated strictly does with those nodes.</param>
public sealed record SchemaDeviation(string XPath, string Seen, DeviationAction Action = DeviationAction.Remove);
