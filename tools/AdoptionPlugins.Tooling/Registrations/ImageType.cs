namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>ImageType</c> of a step image: a snapshot of the row before the operation, after it, or both.</summary>
public enum ImageType
{
    Pre = 0,
    Post = 1,
    Both = 2,
}
