using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

public class PluginAssemblyXmlWriteTests
{
    private static string DevkeydetAssemblyFile => Directory.GetFiles(Path.Combine(RealSamples.Devkeydet, PluginAssemblyXml.Folder), "*.dll.data.xml", SearchOption.AllDirectories).Single();

    [Fact]
    public void RealExportedAssemblyFile_WritesBackToItsExactBytes()
    {
        var assembly = PluginAssemblyXml.ReadFile(DevkeydetAssemblyFile, "myplugins.dll.data.xml");

        var bytes = PluginAssemblyXml.Write(assembly);

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(DevkeydetAssemblyFile)), Encoding.UTF8.GetString(bytes));
        Assert.Equal(File.ReadAllBytes(DevkeydetAssemblyFile), bytes);
    }

    [Fact]
    public void RelativePath_IsTheFolderAndFileNameExportsUse()
    {
        var assembly = PluginAssemblyXml.ReadFile(DevkeydetAssemblyFile, "myplugins.dll.data.xml");

        var path = PluginAssemblyXml.RelativePathOf(assembly);

        Assert.Equal(Path.GetRelativePath(RealSamples.Devkeydet, DevkeydetAssemblyFile).Replace('\\', '/'), path);
    }
}
