using System.Collections.Generic;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>
/// A custom API that works one bounded page per call, as this client calls it: the inputs it sends with their types, the counters
/// each page answers, and its page size limits, counted in <c>PageUnit</c> (dataverse-facts 2.3: call again with NextCursor while HasMore).
/// </summary>
public sealed record PagedAction(
    string UniqueName,
    string PageUnit,
    IReadOnlyDictionary<string, CustomApiParameterType> Inputs,
    IReadOnlyList<string> Counters,
    int DefaultPageSize,
    int MaxPageSize)
{
    public const string Cursor = "Cursor";
    public const string PageSize = "PageSize";
    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";
}
