namespace AdoptionPlugins.Tooling.Tables;

/// <summary>What an action on the referenced row does to the referencing rows; the names are the values exports write.</summary>
public enum CascadeType
{
    NoCascade,
    Cascade,
    Active,
    UserOwned,
    RemoveLink,
    Restrict,
}
