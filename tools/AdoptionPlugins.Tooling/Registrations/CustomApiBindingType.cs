namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>bindingtype</c> of a custom API (dataverse-facts 2.1).</summary>
public enum CustomApiBindingType
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}
