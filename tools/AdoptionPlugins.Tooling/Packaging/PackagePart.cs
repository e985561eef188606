namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>A file of the packed zip besides <c>solution.xml</c> and <c>customizations.xml</c>: a plugin DLL, a custom API file, a flow …</summary>
/// <param name="Path">The entry name in the zip, with forward slashes and no leading slash (<c>customapis/adopt_x/customapi.xml</c>).</param>
/// <param name="Content">The bytes, exactly as they go into the zip.</param>
public sealed record PackagePart(string Path, byte[] Content);
