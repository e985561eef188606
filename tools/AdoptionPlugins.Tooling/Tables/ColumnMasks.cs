namespace AdoptionPlugins.Tooling.Tables;

/// <summary>The <c>&lt;DisplayMask&gt;</c> values real exports give columns (AKC <c>autocoe_AutomationScheduleItem</c>, BAK <c>cat_BusinessApprover</c>).</summary>
public static class ColumnMasks
{
    public const string PrimaryNameFlag = "PrimaryName";

    /// <summary>An ordinary column.</summary>
    public const string Ordinary = "ValidForAdvancedFind|ValidForForm|ValidForGrid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryName = "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm";

    /// <summary>The primary key.</summary>
    public const string PrimaryKey = "ValidForAdvancedFind|RequiredForGrid";

    /// <summary>ownerid.</summary>
    public const string Owner = "ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm";

    /// <summary>overriddencreatedon.</summary>
    public const string AdvancedFindAndGrid = "ValidForAdvancedFind|ValidForGrid";

    /// <summary>importsequencenumber.</summary>
    public const string AdvancedFindOnly = "ValidForAdvancedFind";
}
