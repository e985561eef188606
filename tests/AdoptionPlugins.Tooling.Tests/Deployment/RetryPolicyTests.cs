using System;
using AdoptionPlugins.Tooling.Deployment;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class RetryPolicyTests
{
    [Fact]
    public void RetryAfterFromTheServer_IsHonoured()
    {
        var wait = RetryPolicy.Default.WaitBefore(1, TimeSpan.FromSeconds(42));

        Assert.Equal(TimeSpan.FromSeconds(42), wait);
    }

    [Fact]
    public void RetryAfterLongerThanTheCap_IsCapped()
    {
        var wait = RetryPolicy.Default.WaitBefore(1, TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromMinutes(5), wait);
    }

    [Fact]
    public void NoRetryAfter_BacksOffExponentially()
    {
        var waits = (RetryPolicy.Default.WaitBefore(1, null), RetryPolicy.Default.WaitBefore(3, null));

        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8)), waits);
    }
}
