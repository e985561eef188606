using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Dataverse;

/// <summary>One page of the user directory: the people on it, the last user id read and whether more users follow.</summary>
public sealed class PeoplePage
{
    public PeoplePage(IReadOnlyList<Person> people, Guid? lastRead, bool hasMore)
    {
        People = people ?? throw new ArgumentNullException(nameof(people));
        LastRead = lastRead;
        HasMore = hasMore;
    }

    public IReadOnlyList<Person> People { get; }

    /// <summary>Where the next page starts; accounts that are not people were read and skipped too.</summary>
    public Guid? LastRead { get; }

    public bool HasMore { get; }
}
