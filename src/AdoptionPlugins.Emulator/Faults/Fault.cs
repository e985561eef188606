using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Faults;

// The SDK surfaces every server error as FaultException<OrganizationServiceFault> whose Message equals Detail.Message.
internal static class Fault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
    {
        var detail = new OrganizationServiceFault { ErrorCode = errorCode, Message = message };
        return new FaultException<OrganizationServiceFault>(detail, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> UnknownTable(string? table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string? column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> MessageNotSupported(string message, string table) =>
        Create(ErrorCodes.SdkEntityDoesNotSupportMessage, $"The '{message}' method does not support entities of type '{table}'. MessageProcessorCache returned MessageProcessor.Empty. ");

    // The shape of the platform's message for a missing request parameter is [community] ("Required field 'X' is missing for RequestName='Y'").
    public static FaultException<OrganizationServiceFault> MissingParameter(string requestName, string parameter) =>
        Create(ErrorCodes.InvalidArgument, $"Required field '{parameter}' is missing for RequestName='{requestName}'");
}
