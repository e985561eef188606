namespace AdoptionPlugins.Tooling.Tables;

/// <summary>The column types our tables use, each written as the <c>&lt;Type&gt;</c> value real exports give it.</summary>
public enum ColumnKind
{
    /// <summary><c>primarykey</c>: the table's unique identifier.</summary>
    PrimaryKey,

    /// <summary><c>nvarchar</c>: single line of text.</summary>
    Text,

    /// <summary><c>ntext</c>: multiple lines of text.</summary>
    Memo,

    /// <summary><c>int</c>: whole number.</summary>
    WholeNumber,

    /// <summary><c>datetime</c>: date and time or date only, see <see cref="DateBehavior"/>.</summary>
    DateTime,

    /// <summary><c>bit</c>: yes/no.</summary>
    YesNo,

    /// <summary><c>picklist</c>: choice.</summary>
    Choice,

    /// <summary><c>lookup</c>: a reference to one row; its target table is named by a relationship.</summary>
    Lookup,

    /// <summary><c>owner</c>: the owning user or team.</summary>
    Owner,

    /// <summary><c>state</c>: statecode.</summary>
    State,

    /// <summary><c>status</c>: statuscode.</summary>
    Status,
}
