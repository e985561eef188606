using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;
using Xunit;

namespace AdoptionPlugins.Tests.Runs;

/// <summary>The small values a run reads and writes: the sending switch over the settings, the digest's baseline, work patterns.</summary>
public class RunValuesTests
{
    [Fact]
    public void EnvironmentSwitch_DecidesSendingAndTheQueueWhateverTheSettingsSay()
    {
        var queue = new Guid("0f2b4c8e-1d3a-4e5f-8a9b-0c1d2e3f4a5b");

        var settings = RunSettings.With(AdoptionSettings.Defaults, sendingEnabled: true, queue);

        Assert.Equal((true, (Guid?)queue), (settings.Messages.SendingEnabled, settings.Messages.SenderQueueId));
        Assert.Equal(AdoptionSettings.Defaults.Messages.CoolDownDays, settings.Messages.CoolDownDays);
    }

    [Fact]
    public void DigestBaseline_ReadsBackAsWritten()
    {
        var written = new DigestBaseline(new DateTime(2026, 3, 2), 40, 55).ToString();

        var read = DigestBaseline.Read(written)!;

        Assert.Equal(("2026-03-02;40;55", 40, 55), (written, read.LeadersPercent, read.EveryonePercent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-03-02;forty;55")]
    public void UnreadableBaseline_OnlyCostsTheTrend(string text)
    {
        var read = DigestBaseline.Read(text);

        Assert.Null(read);
    }

    [Fact]
    public void WorkPattern_ReadsShortAndLongNames()
    {
        var read = WorkPatternText.TryRead("Mon, tuesday;Wed", out var pattern);

        Assert.True(read);
        Assert.Equal("Mon,Tue,Wed", WorkPatternText.Write(pattern!));
    }

    [Fact]
    public void WorkPatternWithAnUnknownDay_IsNotRead()
    {
        var read = WorkPatternText.TryRead("Mon,Funday", out var pattern);

        Assert.Equal((false, (WorkPattern?)null), (read, pattern));
    }
}
