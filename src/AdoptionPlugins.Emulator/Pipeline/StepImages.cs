using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// Builds a step's images from row snapshots: keyed by alias, holding the registered columns (all when none are listed). No
// pre-image on Create, no post-image on Delete or before PostOperation (dataverse-facts 1.5, 9.2).
internal static class StepImages
{
    public static bool IsPre(ImageType type) => type is ImageType.Pre or ImageType.Both;

    public static bool IsPost(ImageType type) => type is ImageType.Post or ImageType.Both;

    // Null when the step has no such image, which leaves the context an empty collection.
    public static EntityImageCollection? Pre(RegisteredStep step, Entity? before) =>
        Build(step, before, IsPre);

    public static EntityImageCollection? Post(RegisteredStep step, int stage, Entity? after) =>
        stage == 40 ? Build(step, after, IsPost) : null;

    private static EntityImageCollection? Build(RegisteredStep step, Entity? row, Func<ImageType, bool> applies)
    {
        if (row is null || step.Registration.Images.Count == 0)
        {
            return null;
        }

        var images = new EntityImageCollection();
        foreach (var image in step.Registration.Images.Where(i => applies(i.ImageType)))
        {
            images[image.EntityAlias] = Project(row, image.Attributes);
        }

        return images;
    }

    private static Entity Project(Entity row, ValueList<string> columns)
    {
        var image = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        foreach (var (name, value) in row.Attributes)
        {
            if (columns.Count == 0 || columns.Contains(name, StringComparer.Ordinal))
            {
                image[name] = SdkCopies.Value(value);
            }
        }

        return image;
    }
}
