using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Tables.CustomColumns;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>A valid user-owned table design with one custom column of every kind we write, a lookup to users and a two-column key.</summary>
public static class ATable
{
    public const string SchemaName = "pfx_Sample";

    public static TableDesign Design() => new()
    {
        SchemaName = SchemaName,
        DisplayName = "Sample",
        PluralName = "Samples",
        Description = "A table for tests.",
        PrimaryName = PrimaryName("pfx_Name", "Name", "The name.", 100),
        Columns =
        [
            Text("pfx_Code", "Code", "A code.", 20).Required(),
            Memo("pfx_Notes", "Notes", "Long notes.", 4000),
            WholeNumber("pfx_Count", "Count", "A count."),
            DateAndTime("pfx_SeenOn", "Seen On", "An instant."),
            DateOnly("pfx_Day", "Day", "A day."),
            YesNo("pfx_IsOpen", "Open", "Open or not.", defaultValue: true),
            Choice("pfx_Kind", "Kind", "A kind.", (618370000, "First"), (618370001, "Second")),
            Lookup("pfx_UserId", "User", "A user.").Required(),
        ],
        Lookups = [new LookupTarget("pfx_UserId", "SystemUser")],
        Keys = [new AlternateKeyDefinition { SchemaName = "pfx_UserDay", DisplayName = "User and day", Columns = ["pfx_userid", "pfx_day"] }],
        ViewColumns = [new GridCell("pfx_name", 200), new GridCell("pfx_day", 100)],
        ViewOrder = new ViewOrder("pfx_day", Descending: true),
    };

    public static TableDefinition Table() => Design().ToTable();

    public static SolutionTables Solution() => SolutionTables.From([Design()]);
}
