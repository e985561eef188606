using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>Looks users up for the credit rule: the full systemuser directory in reconcile and roll-up, names only in capture.</summary>
public interface IUserDirectory
{
    /// <summary>The user's facts, or null when the directory does not know the user.</summary>
    UserFacts? Find(Guid userId);
}
