using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>The standard Dataverse tables the solution touches, declared with the columns it uses.</summary>
public static class StandardTables
{
    private static readonly string[] RegardingTargets = ["account", "contact", "opportunity"];
    private static readonly string[] PartyTargets = ["systemuser", "account", "contact", "queue"];

    public static IReadOnlyList<TableMetadata> All { get; } =
    [
        SystemUser(), BusinessUnit(), Team(), UserSettings(), Account(), Contact(),
        ActivityPointer(), Task(), PhoneCall(), Appointment(), Email(), Annotation(), ActivityParty(),
        Opportunity(), OpportunityClose(), Queue(), AppNotification(), AsyncOperation(), EnvironmentVariableDefinition(), EnvironmentVariableValue(),
        .. StandardSecurityTables.All,
    ];

    // accessmode: 0 Read-Write, 1 Administrative, 2 Read, 3 Support User, 4 Non-interactive, 5 Delegated Admin (dataverse-facts 5.3).
    // fullname is the platform's, composed from firstname and lastname (Service/Dependents/UserFullName).
    private static TableMetadata SystemUser() => new(
        "systemuser", "systemuserid", "fullname", OwnershipType.BusinessOwned,
        [
            ColumnMetadata.Text("fullname", 200) with { IsValidForCreate = false, IsValidForUpdate = false },
            ColumnMetadata.Text("firstname", 64),
            ColumnMetadata.Text("lastname", 64),
            ColumnMetadata.Text("title", 128),
            ColumnMetadata.Text("jobtitle", 100),
            ColumnMetadata.Text("domainname", 1024) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.Text("internalemailaddress", 100),
            ColumnMetadata.YesNo("isdisabled"),
            ColumnMetadata.YesNo("islicensed"),
            ColumnMetadata.Choice("accessmode", 0, 1, 2, 3, 4, 5) with { DefaultValue = 0 },
            ColumnMetadata.UniqueId("applicationid"),
            ColumnMetadata.UniqueId("azureactivedirectoryobjectid"),
            ColumnMetadata.LookupTo("businessunitid", "businessunit") with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.LookupTo("parentsystemuserid", "systemuser"),
        ])
    {
        HierarchyParentColumn = "parentsystemuserid",
    };

    private static TableMetadata BusinessUnit() => new(
        "businessunit", "businessunitid", "name", OwnershipType.BusinessOwned,
        [
            ColumnMetadata.Text("name", 160) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.LookupTo("parentbusinessunitid", "businessunit"),
            ColumnMetadata.YesNo("isdisabled"),
        ])
    {
        HierarchyParentColumn = "parentbusinessunitid",
    };

    // teamtype: 0 Owner, 1 Access, 2 Microsoft Entra security group, 3 Microsoft Entra Office group.
    private static TableMetadata Team() => new(
        "team", "teamid", "name", OwnershipType.BusinessOwned,
        [
            ColumnMetadata.Text("name", 160) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.LookupTo("businessunitid", "businessunit") with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.LookupTo("administratorid", "systemuser"),
            ColumnMetadata.Choice("teamtype", 0, 1, 2, 3) with { DefaultValue = 0 },
        ]);

    // The primary key of usersettings is the user's id (dataverse-facts 4.8).
    private static TableMetadata UserSettings() => new(
        "usersettings", "systemuserid", null, OwnershipType.BusinessOwned,
        [
            ColumnMetadata.UniqueId("systemuserid") with { IsValidForUpdate = false, RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.WholeNumber("timezonecode"),
            ColumnMetadata.WholeNumber("uilanguageid"),
            ColumnMetadata.LookupTo("businessunitid", "businessunit"),
        ]);

    private static TableMetadata Account() => new(
        "account", "accountid", "name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("name", 160),
            ColumnMetadata.LookupTo("parentaccountid", "account"),
            ColumnMetadata.StateChoice(0, 0, 1),
            ColumnMetadata.StatusChoice(1, 1, 2),
        ])
    {
        HierarchyParentColumn = "parentaccountid",
    };

    private static TableMetadata Contact() => new(
        "contact", "contactid", "fullname", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("fullname", 160),
            ColumnMetadata.Text("firstname", 50),
            ColumnMetadata.Text("lastname", 50),
            ColumnMetadata.CustomerLookup("parentcustomerid"),
            ColumnMetadata.StateChoice(0, 0, 1),
            ColumnMetadata.StatusChoice(1, 1, 2),
        ]);

    // statecode 0 Open, 1 Completed, 2 Canceled, 3 Scheduled; activitytypecode names the concrete table (dataverse-facts 5.1).
    // Rows are written only by the platform, as the twin of each concrete activity row.
    private static TableMetadata ActivityPointer() => Activity(
        "activitypointer",
        [
            ColumnMetadata.Text("activitytypecode", 64) with { IsValidForCreate = false, IsValidForUpdate = false },
            ColumnMetadata.StateChoice(0, 0, 1, 2, 3),
            ColumnMetadata.StatusChoice(1),
        ]);

    private static TableMetadata Task() => Activity(
        "task",
        [
            ColumnMetadata.WholeNumber("percentcomplete"),
            ColumnMetadata.StateChoice(0, 0, 1, 2),
            ColumnMetadata.StatusChoice(2, 2, 3, 4, 7, 5, 6),
        ]);

    // participationtypemask 1 Sender, 2 To (dataverse-facts 5.1).
    private static TableMetadata PhoneCall() => Activity(
        "phonecall",
        [
            ColumnMetadata.PartyList("from", 1, PartyTargets),
            ColumnMetadata.PartyList("to", 2, PartyTargets),
            ColumnMetadata.Text("phonenumber", 200),
            ColumnMetadata.YesNo("directioncode", defaultValue: true),
            ColumnMetadata.StateChoice(0, 0, 1, 2),
            ColumnMetadata.StatusChoice(1, 1, 2, 4, 3),
        ]);

    // participationtypemask 5 Required attendee, 6 Optional attendee, 7 Organizer (dataverse-facts 5.1).
    private static TableMetadata Appointment() => Activity(
        "appointment",
        [
            ColumnMetadata.PartyList("requiredattendees", 5, PartyTargets),
            ColumnMetadata.PartyList("optionalattendees", 6, PartyTargets),
            ColumnMetadata.PartyList("organizer", 7, PartyTargets),
            ColumnMetadata.Text("location", 200),
            ColumnMetadata.YesNo("isalldayevent"),
            ColumnMetadata.StateChoice(0, 0, 1, 2, 3),
            ColumnMetadata.StatusChoice(1, 1, 2, 3, 4, 5, 6),
        ]);

    // directioncode true = Outgoing, the default; participationtypemask 1 Sender, 2 To, 3 CC, 4 BCC; the sender may be a queue (dataverse-facts 5.1, 6.2).
    private static TableMetadata Email() => Activity(
        "email",
        [
            ColumnMetadata.PartyList("from", 1, PartyTargets),
            ColumnMetadata.PartyList("to", 2, PartyTargets),
            ColumnMetadata.PartyList("cc", 3, PartyTargets),
            ColumnMetadata.PartyList("bcc", 4, PartyTargets),
            ColumnMetadata.YesNo("directioncode", defaultValue: true),
            ColumnMetadata.Text("sender", 250),
            ColumnMetadata.Text("torecipients", 500),
            ColumnMetadata.Text("trackingtoken", 50),
            ColumnMetadata.Date("senton"),
            ColumnMetadata.StateChoice(0, 0, 1, 2),
            ColumnMetadata.StatusChoice(1, 1, 8, 2, 3, 4, 6, 7, 5),
        ]);

    private static TableMetadata Annotation() => new(
        "annotation", "annotationid", "subject", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("subject", 500),
            ColumnMetadata.Memo("notetext", 100_000),
            ColumnMetadata.LookupTo("objectid", ["account", "contact", "opportunity", "task", "phonecall", "appointment", "email"]),
            ColumnMetadata.Text("objecttypecode", 64),
            ColumnMetadata.YesNo("isdocument"),
            ColumnMetadata.Text("filename", 255),
            ColumnMetadata.Text("mimetype", 256),
            ColumnMetadata.Memo("documentbody", 1_048_576),
        ]);

    // participationtypemask: 1 Sender … 12 Chat participant (dataverse-facts 5.1).
    private static TableMetadata ActivityParty() => new(
        "activityparty", "activitypartyid", null, OwnershipType.None,
        [
            ColumnMetadata.LookupTo("activityid", "activitypointer"),
            ColumnMetadata.LookupTo("partyid", PartyTargets),
            ColumnMetadata.Choice("participationtypemask", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
            ColumnMetadata.Text("addressused", 320),
        ]);

    // statecode 0 Open, 1 Won, 2 Lost; statuscode 1 In Progress, 2 On Hold, 3 Won, 4 Canceled, 5 Out-Sold; close dates are DateOnly (dataverse-facts 4.8, 5.6).
    // salesstage 0 Qualify, 1 Develop, 2 Propose, 3 Close; opportunityratingcode 1 Hot, 2 Warm, 3 Cold: the columns a seller moves a deal on with.
    private static TableMetadata Opportunity() => new(
        "opportunity", "opportunityid", "name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("name", 300),
            ColumnMetadata.Memo("description", 2000),
            ColumnMetadata.CustomerLookup("customerid"),
            ColumnMetadata.Currency("estimatedvalue"),
            ColumnMetadata.Currency("actualvalue"),
            ColumnMetadata.Date("actualclosedate", DateTimeBehavior.DateOnly),
            ColumnMetadata.Date("estimatedclosedate", DateTimeBehavior.DateOnly),
            ColumnMetadata.WholeNumber("closeprobability"),
            ColumnMetadata.Text("stepname", 200),
            ColumnMetadata.Choice("salesstage", 0, 1, 2, 3),
            ColumnMetadata.Choice("opportunityratingcode", 1, 2, 3) with { DefaultValue = 2 },
            ColumnMetadata.Memo("customerneed", 2000),
            ColumnMetadata.Memo("currentsituation", 2000),
            ColumnMetadata.Memo("proposedsolution", 2000),
            ColumnMetadata.StateChoice(0, 0, 1, 2),
            ColumnMetadata.StatusChoice(1, 1, 2, 3, 4, 5),
        ]);

    private static TableMetadata OpportunityClose() => Activity(
        "opportunityclose",
        [
            ColumnMetadata.LookupTo("opportunityid", "opportunity"),
            ColumnMetadata.Currency("actualrevenue"),
            ColumnMetadata.StateChoice(0, 0, 1, 2),
            ColumnMetadata.StatusChoice(1, 1, 2, 3),
        ]);

    private static TableMetadata Queue() => new(
        "queue", "queueid", "name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("name", 400) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.Text("emailaddress", 100),
        ]);

    // icontype 100000000 Info … 100000005 Custom; toasttype 200000000 Timed, 200000001 Hidden; priority 200000000 Normal, 200000001 High; data at most 5,000 characters (dataverse-facts 4.7, 6.1).
    private static TableMetadata AppNotification() => new(
        "appnotification", "appnotificationid", "title", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("title", 200),
            ColumnMetadata.Memo("body", 5000),
            ColumnMetadata.Memo("data", 5000),
            ColumnMetadata.Choice("icontype", 100000000, 100000001, 100000002, 100000003, 100000004, 100000005) with { DefaultValue = 100000000 },
            ColumnMetadata.Choice("toasttype", 200000000, 200000001) with { DefaultValue = 200000000 },
            ColumnMetadata.Choice("priority", 200000000, 200000001) with { DefaultValue = 200000000 },
            ColumnMetadata.WholeNumber("ttlinseconds"),
        ]);

    // A solution ships the definition with its default; an administrator or a deployment sets the environment's value in a
    // value row (solution-format 3, dataverse-facts 3.1). type 100000000 String, 100000001 Number, 100000002 Boolean.
    private static TableMetadata EnvironmentVariableDefinition() => new(
        "environmentvariabledefinition", "environmentvariabledefinitionid", "schemaname", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("schemaname", 100) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.Text("displayname", 100),
            ColumnMetadata.Memo("defaultvalue", 2000),
            ColumnMetadata.Choice("type", 100000000, 100000001, 100000002, 100000003, 100000004, 100000005) with { DefaultValue = 100000000 },
        ]);

    private static TableMetadata EnvironmentVariableValue() => new(
        "environmentvariablevalue", "environmentvariablevalueid", "schemaname", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("schemaname", 100),
            ColumnMetadata.Memo("value", 2000),
            ColumnMetadata.LookupTo("environmentvariabledefinitionid", "environmentvariabledefinition") with { RequiredLevel = RequiredLevel.SystemRequired },
        ]);

    // statecode 0 Ready, 1 Suspended, 2 Locked, 3 Completed; statuscode 0 … 32 (dataverse-facts 1.7).
    // owningextensionid names the step whose plugin the job runs (the platform writes it; no sdkmessageprocessingstep table here).
    private static TableMetadata AsyncOperation() => new(
        "asyncoperation", "asyncoperationid", "name", OwnershipType.UserOwned,
        [
            ColumnMetadata.Text("name", 256),
            ColumnMetadata.Choice("operationtype"),
            ColumnMetadata.Text("messagename", 160),
            ColumnMetadata.Text("primaryentitytype", 64),
            ColumnMetadata.LookupTo("regardingobjectid", RegardingTargets),
            ColumnMetadata.Memo("message", 1_048_576),
            ColumnMetadata.Memo("friendlymessage", 1_048_576),
            ColumnMetadata.Memo("data", 1_048_576),
            ColumnMetadata.UniqueId("correlationid"),
            ColumnMetadata.Date("startedon"),
            ColumnMetadata.Date("completedon"),
            ColumnMetadata.Date("postponeuntil"),
            ColumnMetadata.WholeNumber("retrycount"),
            ColumnMetadata.WholeNumber("errorcode"),
            ColumnMetadata.WholeNumber("depth"),
            ColumnMetadata.LookupTo("owningextensionid", "sdkmessageprocessingstep"),
            ColumnMetadata.StateChoice(0, 0, 1, 2, 3),
            ColumnMetadata.StatusChoice(0, 0, 10, 20, 21, 22, 30, 31, 32),
        ]);

    // Columns every activity table shares; the activitypointer twin copies them (dataverse-facts 5.1).
    private static TableMetadata Activity(string logicalName, IEnumerable<ColumnMetadata> own)
    {
        List<ColumnMetadata> columns =
        [
            ColumnMetadata.Text("subject", 400),
            ColumnMetadata.Memo("description", 1_048_576),
            ColumnMetadata.LookupTo("regardingobjectid", RegardingTargets),
            ColumnMetadata.Date("actualstart"),
            ColumnMetadata.Date("actualend"),
            ColumnMetadata.Date("scheduledstart"),
            ColumnMetadata.Date("scheduledend"),
            ColumnMetadata.WholeNumber("actualdurationminutes"),
            ColumnMetadata.WholeNumber("scheduleddurationminutes"),
            ColumnMetadata.Date("sortdate"),
            ColumnMetadata.Choice("prioritycode", 0, 1, 2) with { DefaultValue = 1 },
        ];
        foreach (var column in own)
        {
            columns.RemoveAll(c => c.LogicalName == column.LogicalName);
            columns.Add(column);
        }

        return new TableMetadata(logicalName, "activityid", "subject", OwnershipType.UserOwned, columns) { IsActivity = true };
    }
}
