using System;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>An abstract base with constants, protected members, accessors of mixed visibility and an event.</summary>
public abstract class Shape
{
    public const int MaxSides = 12;
    public const string DefaultName = "shape \"one\"\n";
    public const decimal Scale = 1.25m;
    public static readonly TimeSpan DrawTimeout = TimeSpan.FromSeconds(5);
    protected readonly int Sides;

    protected Shape(int sides) => Sides = sides;

    public event EventHandler<EventArgs>? Changed;

    public string Name { get; protected set; } = DefaultName;

    public int Version { get; internal set; }

    protected int Depth { get; set; }

    public abstract double Area();

    public virtual string Describe() => Name;

    protected internal virtual void Reset() => Version = 0;

    protected void Touch() => Depth++;

    protected virtual void OnChanged() => Changed?.Invoke(this, EventArgs.Empty);
}
