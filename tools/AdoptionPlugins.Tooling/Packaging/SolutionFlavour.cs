namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>Which package pack writes; the value is what <c>solution.xml</c> holds in <c>&lt;Managed&gt;</c> (dataverse-facts 8.1).</summary>
public enum SolutionFlavour
{
    /// <summary>The development source: imports merge into the active layer.</summary>
    Unmanaged = 0,

    /// <summary>The sealed package for test and production: deleting it removes its components.</summary>
    Managed = 1,
}
