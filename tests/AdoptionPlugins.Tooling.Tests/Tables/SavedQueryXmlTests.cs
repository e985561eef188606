using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>View files: written views read back equal, real views read, and a file must carry its view's id.</summary>
public class SavedQueryXmlTests
{
    [Fact]
    public void EveryStandardView_ReadsBackEqual()
    {
        var table = ATable.Table();
        using var solution = new TemporarySolution();

        var read = table.Views.Select(view => Roundtrip(solution, table, view));

        Assert.Equal(table.Views, read);
    }

    [Fact]
    public void RealQuickFindView_ReadsTypeGridAndQuery()
    {
        var path = Path.Combine(RealTableSamples.BusinessApproverViews, "{6acb6c3e-0bdc-487c-a4d0-36ba88e016aa}.xml");

        var view = SavedQueryXml.ReadFile(path, "BAK quick find");

        Assert.Equal((ViewType.QuickFind, true, "Quick Find Active Business Approvers"), (view.Type, view.IsQuickFind, view.Name));
        Assert.Equal([new GridCell("cat_name", 300), new GridCell("createdon", 125)], view.Layout!.Cells);
        Assert.Contains("isquickfindfields=\"1\"", view.FetchXml, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewFileNamedAfterAnotherId_Fails()
    {
        var view = ATable.Table().Views[0];
        using var solution = new TemporarySolution();
        var path = Path.Combine(solution.Path, $"{Guid.Empty:B}.xml");
        File.WriteAllBytes(path, SavedQueryXml.Write(view));

        var error = Assert.Throws<InvalidDataException>(() => SavedQueryXml.ReadFile(path, "view"));

        Assert.Contains($"its savedqueryid is {view.Id:B}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardViewIds_AreTheSameEveryTime()
    {
        var first = ATable.Table().Views.Select(view => view.Id);

        var second = ATable.Table().Views.Select(view => view.Id);

        Assert.Equal(first, second);
        Assert.Equal(6, second.Distinct().Count());
    }

    private static ViewDefinition Roundtrip(TemporarySolution solution, TableDefinition table, ViewDefinition view)
    {
        var path = Path.Combine(solution.Path, SavedQueryXml.RelativePathOf(table.SchemaName, view.Id));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, SavedQueryXml.Write(view));
        return SavedQueryXml.ReadFile(path, view.Name);
    }
}
