using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Asserts an operation fails the way the SDK surfaces platform errors.</summary>
public static class FaultAssert
{
    public static OrganizationServiceFault Throws(int errorCode, Action action)
    {
        var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.Equal(errorCode, exception.Detail.ErrorCode);
        Assert.Equal(exception.Detail.Message, exception.Message);
        return exception.Detail;
    }
}
