using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>Equality of table models that names the first differing column, view or relationship instead of printing the whole model.</summary>
public static class TableAssert
{
    public static void Equal(SolutionTables expected, SolutionTables actual)
    {
        Assert.Equal(expected.Tables.Select(table => table.SchemaName), actual.Tables.Select(table => table.SchemaName));
        foreach (var (want, got) in expected.Tables.Zip(actual.Tables))
        {
            Equal(want, got);
        }

        Items(expected.Relationships, actual.Relationships, relationship => relationship.SchemaName);
    }

    public static void Equal(TableDefinition expected, TableDefinition actual)
    {
        Items(expected.Columns, actual.Columns, column => $"{expected.SchemaName}.{column.SchemaName}");
        Items(expected.Keys, actual.Keys, key => $"{expected.SchemaName} key {key.SchemaName}");
        Items(expected.Views, actual.Views, view => $"{expected.SchemaName} view {view.Name}");
        Assert.Equal(expected, actual);
    }

    private static void Items<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, System.Func<T, string> name)
    {
        Assert.Equal(expected.Select(name), actual.Select(name));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want, got);
        }
    }
}
