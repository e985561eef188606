namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>Who reads a text about a person or a group: what they may see depends on it.</summary>
public enum Viewer
{
    /// <summary>The person the data is about.</summary>
    Self,

    /// <summary>A manager of the person, or of the group.</summary>
    Manager,

    /// <summary>The adoption sponsor, reading the digest.</summary>
    Sponsor,

    /// <summary>A peer of the person, such as a teammate on a won deal.</summary>
    Colleague,

    /// <summary>Anyone who opens the dashboard.</summary>
    Dashboard,
}
