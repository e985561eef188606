namespace AdoptionPlugins.Schema;

/// <summary>The aliases our steps register their images under (dataverse-facts 1.5).</summary>
public static class ImageAliases
{
    public const string PreImage = "PreImage";
    public const string PostImage = "PostImage";
}
