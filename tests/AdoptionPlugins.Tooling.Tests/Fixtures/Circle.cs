namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>Overrides, one of them sealed, and a constructor with a floating-point default.</summary>
public class Circle : Shape
{
    public Circle(double radius = 1.0)
        : base(0) => Radius = radius;

    public double Radius { get; }

    public override double Area() => System.Math.PI * Radius * Radius;

    public sealed override string Describe() => "circle";
}
