using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Dataverse;

/// <summary>One page of a paged query: its items and how to ask for the next page (dataverse-facts 4.5).</summary>
public sealed class RowPage<T>
{
    public RowPage(IReadOnlyList<T> items, bool hasMore, string? pagingCookie)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        HasMore = hasMore;
        PagingCookie = pagingCookie;
    }

    public IReadOnlyList<T> Items { get; }

    public bool HasMore { get; }

    public string? PagingCookie { get; }
}
