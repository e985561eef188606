namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>The two zips pack wrote, named as Dataverse names exports: <c>&lt;UniqueName&gt;_1_0_0_0.zip</c> and <c>…_managed.zip</c>.</summary>
public sealed record PackResult(string UnmanagedZip, string ManagedZip);
