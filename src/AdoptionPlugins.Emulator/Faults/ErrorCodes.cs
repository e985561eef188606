namespace AdoptionPlugins.Emulator.Faults;

/// <summary>The platform error codes the emulator raises, each from Microsoft's Dataverse error code list unless marked.</summary>
/// <remarks>
/// Source: learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
/// (MicrosoftDocs/powerapps-docs, includes/data-service-error-codes.md); dataverse-facts 10 [client-errors].
/// </remarks>
public static class ErrorCodes
{
    // 0x80040203 InvalidArgument "Invalid argument."
    public const int InvalidArgument = -2147220989;

    // 0x80040217 ObjectDoesNotExist; the message shape "<table> With Id = <id> Does Not Exist" is [community].
    public const int ObjectDoesNotExist = -2147220969;

    // 0x80040200 RequiredFieldMissing "Required field missing."; which code the platform uses for a missing SystemRequired column is UNVERIFIED.
    public const int RequiredFieldMissing = -2147220992;

    // 0x80040239 InvalidDateTime "The date-time format is invalid, or value is outside the supported range."
    public const int InvalidDateTime = -2147220935;

    // 0x80041102 QueryBuilderNoEntity "The specified entity was not found."
    public const int QueryBuilderNoEntity = -2147217150;

    // 0x80041103 QueryBuilderNoAttribute "The specified attribute does not exist on this entity."
    public const int QueryBuilderNoAttribute = -2147217149;

    // 0x8004110f QueryBuilderByAttributeMismatch
    public const int QueryBuilderByAttributeMismatch = -2147217137;

    // 0x80041110 QueryBuilderByAttributeNonEmpty
    public const int QueryBuilderByAttributeNonEmpty = -2147217136;

    // 0x8004112A QueryBuilderInvalidPagingCookie "Invalid page number in paging cookie."
    public const int QueryBuilderInvalidPagingCookie = -2147217110;

    // 0x8004430A OverRetrievalUpperLimitWithoutPagingCookie (simple paging reads at most 50,000 rows, dataverse-facts 4.5).
    public const int OverRetrievalUpperLimitWithoutPagingCookie = -2147204342;

    // 0x80044331 StringLengthTooLong "A validation error occurred. A string value provided is too long."
    public const int StringLengthTooLong = -2147204303;

    // 0x8004431A PicklistValueOutOfRange "The picklist value is out of the range."
    public const int PicklistValueOutOfRange = -2147204326;

    // 0x80060890 EntityKeyNotDefined "The specified key attributes are not a defined key for the {0} entity"
    public const int EntityKeyNotDefined = -2147088240;

    // 0x80060891 RecordNotFoundByEntityKey "A record with the specified key values does not exist in {0} entity"
    public const int RecordNotFoundByEntityKey = -2147088239;

    // 0x80060892 DuplicateRecordEntityKey "Entity Key {0} violated. A record with the same value for {1} already exists. …"
    public const int DuplicateRecordEntityKey = -2147088238;

    // ConcurrencyVersionMismatch and ConcurrencyVersionNotProvided (dataverse-facts 4.3).
    public const int ConcurrencyVersionMismatch = -2147088254;

    public const int ConcurrencyVersionNotProvided = -2147088253;

    // 0x80040237 DuplicateRecord "Operation failed due to a SQL integrity violation." (a second row with an existing id).
    public const int DuplicateRecord = -2147220937;

    // 0x80040201 InvalidXml "Invalid XML." Raised for FetchXML that does not parse or does not match the schema;
    // the code is from a community copy of the platform's CommonErrorCodes, the message text is UNVERIFIED.
    public const int InvalidXml = -2147220991;

    // 0x80041120 QueryBuilderInvalidConditionOperator (community copy of CommonErrorCodes; message UNVERIFIED).
    public const int QueryBuilderInvalidConditionOperator = -2147217120;

    // 0x80041122 QueryBuilderInvalidFilterType (community copy of CommonErrorCodes; message UNVERIFIED).
    public const int QueryBuilderInvalidFilterType = -2147217118;

    // 0x80041117 QueryBuilderDeserializeInvalidLinkType (community copy of CommonErrorCodes; message UNVERIFIED).
    public const int QueryBuilderDeserializeInvalidLinkType = -2147217129;

    // 0x8004111A QueryBuilderDeserializeInvalidAggregate (community copy of CommonErrorCodes; message UNVERIFIED).
    public const int QueryBuilderDeserializeInvalidAggregate = -2147217126;

    // 0x8004110B QueryBuilderNoAlias: an aggregate column without an alias (community copy of CommonErrorCodes; message UNVERIFIED).
    public const int QueryBuilderNoAlias = -2147217141;

    // 0x8004E023 AggregateQueryRecordLimit "AggregateQueryRecordLimit exceeded. Cannot perform this operation." (dataverse-facts 4.4, fetchxml/aggregate-data).
    public const int AggregateQueryRecordLimit = -2147164125;

    // 0x80040800 SdkEntityDoesNotSupportMessage; the platform's text is "The '<message>' method does not support entities of type '<table>'.
    // MessageProcessorCache returned MessageProcessor.Empty." [community].
    public const int SdkEntityDoesNotSupportMessage = -2147219456;

    // 0x80040515 OpportunityIsAlreadyClosed "The opportunity is already closed."
    public const int OpportunityIsAlreadyClosed = -2147220203;

    // 0x80048408 InvalidStateCodeStatusCode "State code is invalid or state code is valid but status code is invalid for a specified state code."
    public const int InvalidStateCodeStatusCode = -2147187704;

    // 0x80040233 InvalidState "The object is not in a valid state to perform this operation."
    public const int InvalidState = -2147220941;

    // 0x80040b04 EmailRecipientNotSpecified "The e-mail must have at least one recipient before it can be sent"
    public const int EmailRecipientNotSpecified = -2147218684;

    // 0x800608F7 InvalidTimeZoneCode "Time Zone Code {0} specified is not recognized. Please specify a valid Time Zone Code value."
    public const int InvalidTimeZoneCode = -2147088137;

    // 0x80040220 PrivilegeDenied "The user does not hold the necessary privileges." The privilege check failed (how-record-access-determined).
    public const int PrivilegeDenied = -2147220960;

    // 0x80048306 "Not enough privilege to access the Microsoft Dynamics 365 object or perform the requested operation."; the
    // privilege is held but its depth does not reach the row (Dataverse client-errors troubleshooting page). Its name is not
    // in Microsoft's list; RecordAccessDenied is ours.
    public const int RecordAccessDenied = -2147187962;

    // 0x8004F502 AttributePrivilegeCreateIsMissing "The user does not have create permissions to a secured field. The requested operation could not be completed."
    public const int AttributePrivilegeCreateIsMissing = -2147158782;

    // 0x8004F507 AttributePermissionUpdateIsMissingDuringUpdate "The user doesn't have AttributePrivilegeUpdate and not granted shared
    // access for a secured attribute during update operation"
    public const int AttributePermissionUpdateIsMissingDuringUpdate = -2147158777;

    // 0x80040225 unManagedidsusernotenabled "The specified user is either disabled or is not a member of any business unit."
    public const int UserNotEnabled = -2147220955;

    // 0x80040265 IsvAborted "ISV code aborted the operation.": a plugin threw InvalidPluginExecutionException (troubleshoot-plug-in.md).
    public const int IsvAborted = -2147220891;

    // 0x80040224 IsvUnExpected "An unexpected error occurred from ISV code.": a plugin threw anything else (troubleshoot-plug-in.md).
    public const int IsvUnExpected = -2147220956;

    // A plugin caught a failed service call and returned normally (troubleshoot-plug-in.md, "Transaction errors"; dataverse-facts 1.3).
    public const int IsvReducedOpenTransactionCount = -2146893812;

    // A plugin called the service again after a failed call ended the transaction (troubleshoot-plug-in.md; dataverse-facts 1.3).
    public const int NoActiveTransaction = -2147220911;

    // 0x80044182 SdkCorrelationTokenDepthTooHigh "This workflow job was canceled because the workflow that started it included an
    // infinite loop. …": a plugin chain past depth 8 (dataverse-facts 1.4).
    public const int SdkCorrelationTokenDepthTooHigh = -2147204734;

    // 0x80044172 SandboxHostPluginTimeout "The plug-in execution failed because the operation has timed-out at the Sandbox Host.";
    // which of the three sandbox timeout codes the 2-minute limit raises is UNVERIFIED (dataverse-facts 1.2).
    public const int SandboxHostPluginTimeout = -2147204750;

    // Service protection limits (dataverse-facts 4.6; api-limits.md): requests, combined execution time, concurrent requests.
    public const int ThrottlingBurstRequestLimitExceededError = -2147015902;

    public const int ThrottlingTimeExceededError = -2147015903;

    public const int ThrottlingConcurrencyLimitExceededError = -2147015898;
}
