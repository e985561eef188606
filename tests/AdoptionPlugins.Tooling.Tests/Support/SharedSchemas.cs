using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Validation;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>Microsoft's XSD set from ../shared/schemas/dataverse, compiled once (the loader caches it by folder).</summary>
public static class SharedSchemas
{
    public static string Folder => RepositoryFolders.InShared("schemas", "dataverse");

    public static DataverseSchemas Load() => DataverseSchemas.Load(Folder);
}
