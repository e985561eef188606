namespace AdoptionPlugins.Tooling.Tables;

/// <summary>The table a custom lookup column points at, by schema names (<c>adopt_UserId</c> → <c>SystemUser</c>).</summary>
public sealed record LookupTarget(string Column, string ReferencedTable);
