using System;
using System.IO;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

public class DataverseSchemasTests
{
    [Fact]
    public void SharedFolder_LoadsOnceAndIsReused()
    {
        var first = SharedSchemas.Load();

        var second = DataverseSchemas.Load(SharedSchemas.Folder + Path.DirectorySeparatorChar);

        Assert.Same(first, second);
    }

    [Fact]
    public void MissingFolder_SaysWhereToGetTheSchemas()
    {
        using var tree = new FixtureTree();
        var missing = Path.Combine(tree.OutputFolder, "schemas");

        var error = Assert.Throws<DirectoryNotFoundException>(() => DataverseSchemas.Load(missing));

        Assert.Equal($"No schema folder at {missing}. Pass the folder that holds CustomizationsSolution.xsd; {DataverseSchemas.DownloadHint}.", error.Message);
    }

    [Fact]
    public void FolderWithoutTheIncludedFiles_NamesWhatIsMissing()
    {
        using var tree = new FixtureTree();
        Directory.CreateDirectory(tree.OutputFolder);
        File.Copy(Path.Combine(SharedSchemas.Folder, DataverseSchemas.CustomizationsFile), Path.Combine(tree.OutputFolder, DataverseSchemas.CustomizationsFile));

        var error = Assert.Throws<FileNotFoundException>(() => DataverseSchemas.Load(tree.OutputFolder));

        Assert.StartsWith($"{tree.OutputFolder} lacks Fetch.xsd, FormXml.xsd, isv.config.xsd, RibbonCore.xsd", error.Message, StringComparison.Ordinal);
    }
}
