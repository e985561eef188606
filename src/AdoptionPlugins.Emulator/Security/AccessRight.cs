namespace AdoptionPlugins.Emulator.Security;

/// <summary>What a caller wants to do with a row; each right is checked against the table's prv&lt;Right&gt;&lt;table&gt; privilege.</summary>
public enum AccessRight
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}
