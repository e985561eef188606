namespace AdoptionPlugins.Tooling.Validation;

/// <summary>How an allowed deviation is taken out of the copy of customizations.xml that is validated strictly.</summary>
public enum DeviationAction
{
    /// <summary>The element or attribute is newer than the XSD: remove it.</summary>
    Remove,

    /// <summary>The element is known to the XSD but written elsewhere: move it to where the XSD's sequence expects it.</summary>
    MoveToSchemaPlace,
}
