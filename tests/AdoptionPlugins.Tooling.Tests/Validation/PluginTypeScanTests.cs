using System;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

public class PluginTypeScanTests
{
    [Fact]
    public void PublicConcreteIPluginClasses_AreTheRunnableTypes()
    {
        var dll = new FixturePluginDll()
            .WithPlugin("Fixture.Plugins.RecordWidget")
            .WithAbstractPlugin("Fixture.Plugins.PluginBase")
            .WithPlainClass("Fixture.Adoption.Rules")
            .Build();

        var scan = PluginTypeScan.Read(dll);

        Assert.Equal(["Fixture.Plugins.RecordWidget"], scan.PluginTypes);
    }

    [Fact]
    public void Identity_IsWrittenAsRegistrationsWriteIt()
    {
        var dll = new FixturePluginDll("Fixture.Plugins", new Version(1, 0, 0, 0)).Build();

        var scan = PluginTypeScan.Read(dll);

        Assert.Matches("^Fixture.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=[0-9a-f]{16}$", scan.Identity);
    }

    [Fact]
    public void BytesThatAreNoAssembly_AreABadImage()
    {
        var notADll = "MZ but nothing more"u8.ToArray();

        Assert.Throws<BadImageFormatException>(() => PluginTypeScan.Read(notADll));
    }
}
