using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which columns a query or retrieve returns.</summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    public ColumnSet()
    {
        Columns = new DataCollection<string>();
    }

    public ColumnSet(bool allColumns)
        : this()
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
        : this()
    {
        Columns.AddRange(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column) => Columns.Add(column);

    public void AddColumns(params string[] columns)
    {
        // No null guard: the real SDK enumerates the array and throws on null.
        foreach (var column in columns)
        {
            Columns.Add(column);
        }
    }
}
