namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A variant generic interface with a property, so the listing shows <c>in</c>/<c>out</c> and modifier-less interface members.</summary>
public interface IConverter<in TInput, out TOutput>
{
    string Name { get; }

    TOutput Convert(TInput input);
}
