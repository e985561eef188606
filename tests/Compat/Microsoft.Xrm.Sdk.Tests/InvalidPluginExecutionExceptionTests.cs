using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class InvalidPluginExecutionExceptionTests
{
    [Fact]
    public void MessageOnly_FailsTheOperation()
    {
        var exception = new InvalidPluginExecutionException("Settings are invalid.");

        Assert.Equal(OperationStatus.Failed, exception.Status);
        Assert.Equal("Settings are invalid.", exception.Message);
    }

    [Fact]
    public void RetryStatus_IsKept()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Retry, "Row was locked.");

        Assert.Equal(OperationStatus.Retry, exception.Status);
    }

    [Fact]
    public void ExplicitErrorCode_BecomesTheHResult()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Failed, -2147220891, "Stopped.");

        Assert.Equal(-2147220891, exception.ErrorCode);
        Assert.Equal(exception.HResult, exception.ErrorCode);
    }

    [Fact]
    public void StatusOnly_HasEmptyMessage()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled);

        Assert.Equal(string.Empty, exception.Message);
    }
}
