namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>An abstract override, which metadata records as abstract without a new slot.</summary>
public abstract class Polygon : Shape
{
    protected Polygon(int sides)
        : base(sides)
    {
    }

    public abstract override string Describe();
}
