using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

public class DeterminismTests
{
    private const int People = 11;
    private const int Days = 14;

    [Fact]
    public void SameSeed_GivesTheSameReport()
    {
        using var first = new OutputFolder();
        using var second = new OutputFolder();

        var (a, b) = (Simulations.Run(first.Path, People, Days, seed: 7), Simulations.Run(second.Path, People, Days, seed: 7));

        Assert.Equal(HtmlReport.Render(a.Report), HtmlReport.Render(b.Report));
    }

    [Fact]
    public void OtherSeed_GivesOtherNumbers()
    {
        using var first = new OutputFolder();
        using var second = new OutputFolder();

        var (a, b) = (Simulations.Run(first.Path, People, Days, seed: 7), Simulations.Run(second.Path, People, Days, seed: 8));

        Assert.NotEqual(a.Report.Summary.WorkItems, b.Report.Summary.WorkItems);
    }
}
