using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.EnvironmentVariables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.EnvironmentVariables;

/// <summary>What the shipped environment variables promise admins and the deploy tool.</summary>
public class AdoptionEnvironmentVariablesTests
{
    private static string Committed => RepositoryFolders.InRepository("solution");

    [Fact]
    public void SendingSwitch_IsTheBooleanTheDeployToolSetsAndStartsOff()
    {
        var committed = EnvironmentVariableXml.ReadSolution(Committed).Single(definition => definition.SchemaName == "adopt_SendingEnabled");

        Assert.Equal((EnvironmentVariableType.Boolean, 100000002, "no"), (committed.Type, (int)committed.Type, committed.DefaultValue));
    }

    [Fact]
    public void ShippedSolution_CarriesNoEnvironmentVariableValues()
    {
        var folder = Path.Combine(Committed, EnvironmentVariableXml.Folder);

        var values = Directory.GetFiles(folder, EnvironmentVariableXml.ValuesFileName, SearchOption.AllDirectories);

        Assert.Empty(values);
    }
}
