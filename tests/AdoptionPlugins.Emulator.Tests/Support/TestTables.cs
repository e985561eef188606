using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>
/// Custom tables for tests: one shaped like our usage rollup (a user + day alternate key and one column of each kind the tests
/// need), and a score table whose points and flag are secured columns.
/// </summary>
public static class TestTables
{
    public const string Usage = "new_usage";
    public const string UserDayKey = "new_user_day";
    public const string Score = "new_score";

    public static TableMetadata UsageTable() => new(
        Usage, "new_usageid", "new_name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("new_name", 20),
            ColumnMetadata.LookupTo("new_userid", "systemuser"),
            ColumnMetadata.Date("new_day", DateTimeBehavior.DateOnly),
            ColumnMetadata.Date("new_lastseen"),
            ColumnMetadata.WholeNumber("new_count"),
            ColumnMetadata.Currency("new_amount"),
            ColumnMetadata.Choice("new_kind", 1, 2, 3),
            ColumnMetadata.Text("new_code", 10) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.Text("new_note", 50) with { RequiredLevel = RequiredLevel.ApplicationRequired },
        ],
        [new AlternateKeyMetadata(UserDayKey, "new_userid", "new_day")]);

    public static TableMetadata ScoreTable() => new(
        Score, "new_scoreid", "new_name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("new_name", 50),
            ColumnMetadata.Text("new_verdict", 200),
            ColumnMetadata.WholeNumber("new_points") with { IsSecured = true },
            ColumnMetadata.YesNo("new_flag") with { IsSecured = true },
        ]);
}
