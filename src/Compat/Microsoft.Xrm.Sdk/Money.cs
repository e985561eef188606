using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A currency column's value.</summary>
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public decimal Value { get; set; }

    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
