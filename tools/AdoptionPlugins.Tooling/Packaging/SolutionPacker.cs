using System;
using System.IO;
using System.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Packs an unpacked tree into the managed and the unmanaged zip (solution-format 2 and 4): maps the built plugin DLL in, folds the
/// components into customizations.xml, stamps the release version and the flavour into solution.xml, and writes both zips
/// deterministically.
/// </summary>
public static class SolutionPacker
{
    /// <summary>
    /// Writes both zips and returns their paths. Throws <see cref="FileNotFoundException"/> with one line per missing built DLL (build
    /// first), and <see cref="InvalidDataException"/> with one line per problem when a DLL is not the assembly the tree registers or
    /// the tree cannot be packed; nothing is written then.
    /// </summary>
    public static PackResult Pack(PackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Directory.Exists(request.SolutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {request.SolutionFolder}.");
        }

        var assemblies = BuiltAssemblies.Map(request.SolutionFolder, request.BuildFolder);
        if (assemblies.Missing.Count > 0)
        {
            throw new FileNotFoundException(string.Join(Environment.NewLine, assemblies.Missing));
        }

        if (assemblies.Mismatched.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, assemblies.Mismatched));
        }

        var zips = new[] { SolutionFlavour.Unmanaged, SolutionFlavour.Managed }
            .Select(flavour =>
            {
                var package = SolutionFolder.Fold(request.SolutionFolder, flavour, assemblies.Files);
                package.Stamp(request.Version, flavour);
                return (Name: ZipName(package, request.Version, flavour), Bytes: SolutionZip.Write(package));
            })
            .ToArray();

        Directory.CreateDirectory(request.OutputFolder);
        var paths = zips.Select(zip =>
        {
            var path = Path.Combine(request.OutputFolder, zip.Name);
            File.WriteAllBytes(path, zip.Bytes);
            return path;
        }).ToArray();
        return new PackResult(paths[0], paths[1]);
    }

    /// <summary>Dataverse's export names: <c>AdoptionPlugins_1_0_0_0.zip</c> and <c>AdoptionPlugins_1_0_0_0_managed.zip</c>.</summary>
    public static string ZipName(SolutionPackage package, Version version, SolutionFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(package);
        return ZipName(package.UniqueName, version, flavour);
    }

    /// <summary>The same name from the solution's unique name, for callers that look for a zip pack wrote.</summary>
    public static string ZipName(string? uniqueName, Version version, SolutionFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(version);
        var name = uniqueName is { Length: > 0 } unique && unique.All(IsFileNameCharacter)
            ? unique
            : throw new InvalidDataException($"{SolutionFolder.ManifestFile}: <UniqueName> '{uniqueName}' cannot name a file; use letters, digits and underscores");
        var suffix = flavour == SolutionFlavour.Managed ? "_managed" : string.Empty;
        return $"{name}_{version.ToString().Replace('.', '_')}{suffix}.zip";
    }

    private static bool IsFileNameCharacter(char character) => char.IsAsciiLetterOrDigit(character) || character == '_';
}
