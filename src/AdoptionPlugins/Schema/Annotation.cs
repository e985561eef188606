namespace AdoptionPlugins.Schema;

/// <summary>Names of the note table (annotation, dataverse-facts 5.1).</summary>
public static class Annotation
{
    public const string EntityName = "annotation";
    public const string PrimaryId = "annotationid";
}
