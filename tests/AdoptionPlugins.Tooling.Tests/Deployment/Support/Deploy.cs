using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Support;

namespace AdoptionPlugins.Tooling.Tests.Deployment.Support;

/// <summary>Runs a whole deployment against a fake environment with a fast-forward clock and returns what happened.</summary>
public sealed class Deploy
{
    public DeploymentSettings Settings { get; init; } = DeploymentSettings.None;

    public DeploymentOptions Options { get; init; } = new() { Timeout = TimeSpan.FromMinutes(10) };

    public TestSolutionZip Zip { get; init; } = TestSolutionZip.Default;

    public string Token { get; init; } = FakeScenario.GoodToken;

    public FastForwardTimeProvider Time { get; } = new();

    public RecordingReporter Reporter { get; } = new();

    public DeploymentReport? Report { get; private set; }

    /// <summary>The report's text, as the CLI prints it at the end.</summary>
    public string Text
    {
        get
        {
            using var writer = new StringWriter();
            Report!.Write(writer);
            return writer.ToString();
        }
    }

    /// <summary>Fails with the whole report and progress when the run did not end as expected.</summary>
    public void ShouldEndAs(DeploymentOutcome expected) =>
        Xunit.Assert.True(Report!.Outcome == expected, $"Expected {expected}, got {Report.Outcome}.{Environment.NewLine}{string.Join(Environment.NewLine, Reporter.Lines)}{Text}");

    public static SolutionPackage Package(TestSolutionZip zip)
    {
        using var folder = new TemporaryFile("unused");
        return SolutionPackage.Read(zip.WriteTo(Path.GetDirectoryName(folder.Path)!));
    }

    public async Task<Deploy> ToAsync(FakeWebApi fake)
    {
        var plan = DeploymentPlan.Create(Package(Zip), Settings, Options);
        using var api = new DataverseWebApi(fake.Url, new StaticTokenProvider(Token, "a test token"), new DataverseWebApiOptions { Time = Time, Notify = Reporter.Progress });
        Report = await DeploymentRunner.RunAsync(plan, api, Reporter, Time, CancellationToken.None);
        return this;
    }
}
