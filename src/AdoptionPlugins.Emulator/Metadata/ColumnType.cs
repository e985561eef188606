using System.Diagnostics.CodeAnalysis;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>The Dataverse column types the emulator stores and validates.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Member names mirror Dataverse's AttributeTypeCode values.")]
public enum ColumnType
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Boolean,
    DateTime,
    Lookup,
    Owner,
    Customer,
    Picklist,
    State,
    Status,
    UniqueIdentifier,
    PartyList,
}
