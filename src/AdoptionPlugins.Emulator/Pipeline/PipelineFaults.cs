using System;
using System.Globalization;
using System.ServiceModel;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// The faults the pipeline raises, each with the platform's code (Faults/ErrorCodes) and the plugin's trace where there is one.
internal static class PipelineFaults
{
    // An InvalidPluginExecutionException built without an error code keeps Exception's default HResult (COR_E_EXCEPTION).
    private const int DefaultExceptionHResult = unchecked((int)0x80131500);

    // What the caller sees when a synchronous plugin throws: its own message for InvalidPluginExecutionException (IsvAborted, or the
    // code it chose), a fault from a nested call as it was, anything else as IsvUnExpected (troubleshoot-plug-in.md).
    public static FaultException<OrganizationServiceFault> FromPlugin(Exception exception, string pluginType, string trace)
    {
        var fault = exception switch
        {
            FaultException<OrganizationServiceFault> nested => nested,
            InvalidPluginExecutionException aborted => Fault.Create(
                aborted.ErrorCode == DefaultExceptionHResult || aborted.ErrorCode == 0 ? ErrorCodes.IsvAborted : aborted.ErrorCode,
                aborted.Message),
            _ => Fault.Create(ErrorCodes.IsvUnExpected, $"Unexpected exception from plug-in (Execute): {pluginType}: {exception.GetType().FullName}: {exception.Message}"),
        };
        fault.Detail.TraceText ??= trace;
        return fault;
    }

    public static int ErrorCodeOf(Exception exception) => FromPlugin(exception, string.Empty, string.Empty).Detail.ErrorCode;

    public static FaultException<OrganizationServiceFault> DepthExceeded() => Fault.Create(
        ErrorCodes.SdkCorrelationTokenDepthTooHigh,
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");

    public static FaultException<OrganizationServiceFault> NoActiveTransaction() => Fault.Create(
        ErrorCodes.NoActiveTransaction,
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

    public static FaultException<OrganizationServiceFault> ReducedOpenTransactionCount(string trace)
    {
        var fault = Fault.Create(
            ErrorCodes.IsvReducedOpenTransactionCount,
            "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");
        fault.Detail.TraceText = trace;
        return fault;
    }

    // The platform raises System.TimeoutException and rolls the operation back (dataverse-facts 1.2); the SDK caller receives it as
    // a fault. The wording after the first sentence is [community].
    public static FaultException<OrganizationServiceFault> Timeout(string what, TimeSpan limit, string trace)
    {
        var fault = Fault.Create(
            ErrorCodes.SandboxHostPluginTimeout,
            $"The plug-in execution failed because the operation has timed-out at the Sandbox Host. System.TimeoutException: Couldn't complete execution of {what} within the {limit.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture)}-minute limit.");
        fault.Detail.TraceText = trace;
        return fault;
    }
}
