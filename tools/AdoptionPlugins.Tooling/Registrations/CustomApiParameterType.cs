using System.Diagnostics.CodeAnalysis;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>type</c> of a custom API request parameter or response property, as the customapirequestparameter table reference lists it.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the platform's own type names for custom API parameters.")]
public enum CustomApiParameterType
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Entity = 3,
    EntityCollection = 4,
    EntityReference = 5,
    Float = 6,
    Integer = 7,
    Money = 8,
    Picklist = 9,
    String = 10,
    StringArray = 11,
    Guid = 12,
}
