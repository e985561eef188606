using System;
using System.Linq;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Forms;

/// <summary>
/// A main form per adoption table. What the plugins and the daily evaluation compute is shown read-only, so nobody edits a
/// number that the next evaluation would silently put back; what people decide (a tier, VIP care, opting out, a leave period)
/// can be changed by whoever's role allows it. Labels are the columns' display names, so form and views say the same thing.
/// </summary>
public static class AdoptionForms
{
    public static MainFormDefinition ActivitySignal { get; } = Form(
        "adopt_ActivitySignal",
        "Activity signal",
        "One piece of customer work and why it counts for this person.",
        Section("what", "What happened", ReadOnly("adopt_name", "adopt_kind", "adopt_event", "adopt_occurredon")),
        Section("who", "Who it counts for", ReadOnly("adopt_userid", "adopt_onbehalfofid", "adopt_creditreason")),
        Section("source", "Where it came from", ReadOnly("adopt_sourcetable", "adopt_sourceid", "adopt_sourcekey")));

    public static MainFormDefinition ActivityDay { get; } = Form(
        "adopt_ActivityDay",
        "Activity day",
        "One person's customer work on one day, counted from their activity signals.",
        Section("day", "Day", ReadOnly("adopt_name", "adopt_userid", "adopt_day", "adopt_totalcount", "adopt_firstactivityon", "adopt_lastactivityon")),
        Section("kinds", "Work by kind", ReadOnly(
            "adopt_taskcount", "adopt_phonecallcount", "adopt_meetingcount", "adopt_emailsentcount", "adopt_emailtrackedcount", "adopt_notecount",
            "adopt_opportunitycreatedcount", "adopt_opportunityworkedcount", "adopt_opportunitywoncount", "adopt_completedcount")),
        Section("others", "Logged by others", ReadOnly("adopt_loggedonbehalfcount")));

    public static MainFormDefinition AdoptionProfile { get; } = Form(
        "adopt_AdoptionProfile",
        "Adoption profile",
        "How one person is getting on with the CRM, why, and whether they take part.",
        Section("person", "Person", [.. ReadOnly("adopt_name", "adopt_userid"), .. Editable("adopt_tier"), .. ReadOnly("adopt_tiersource"), .. Editable("adopt_isvip", "adopt_isoptedout")]),
        Section("adoption", "Adoption", ReadOnly(
            "adopt_state", "adopt_statesince", "adopt_statereason", "adopt_firstseenon", "adopt_firstactivityon", "adopt_lastactivityon", "adopt_evaluatedon")));

    public static MainFormDefinition LeavePeriod { get; } = Form(
        "adopt_LeavePeriod",
        "Leave period",
        "Time someone is away; while away they get no messages and do not count as inactive.",
        Section("leave", "Leave", Editable("adopt_name", "adopt_userid", "adopt_startdate", "adopt_enddate")));

    /// <summary>The evaluation's own snapshot column is left off: it is written by the evaluation, never typed.</summary>
    public static MainFormDefinition AdoptionSetting { get; } = Form(
        "adopt_AdoptionSetting",
        "Adoption setting",
        "One setting that differs from its default. A value that does not make sense is refused on save, with the reason.",
        Section("setting", "Setting", Editable("adopt_name", "adopt_value", "adopt_description")));

    public static MainFormDefinition Nudge { get; } = Form(
        "adopt_Nudge",
        "Adoption message",
        "One message the daily evaluation sent, previewed in a dry run, or held back, with the reason and the exact text.",
        Section("message", "Message", ReadOnly("adopt_name", "adopt_recipientid", "adopt_kind", "adopt_day", "adopt_outcome", "adopt_reason", "adopt_channels", "adopt_language")),
        Section("text", "Text", ReadOnly("adopt_body", "adopt_emailbody", "adopt_emailid", "adopt_messagekey")));

    public static MainFormDefinition QuickWin { get; } = Form(
        "adopt_QuickWin",
        "Quick win",
        "A success found in the data, worth sharing.",
        Section("win", "Quick win", ReadOnly("adopt_name", "adopt_kind", "adopt_day", "adopt_userid", "adopt_opportunityid", "adopt_activitycount", "adopt_body")));

    /// <summary>Every number is the evaluation's: read-only, and rewritten by the next run of the same day.</summary>
    public static MainFormDefinition AdoptionSummary { get; } = Form(
        "adopt_AdoptionSummary",
        "Adoption totals",
        "One group's adoption totals on one day: counts only, written for groups at or above the minimum group size.",
        Section("group", "Group", ReadOnly("adopt_name", "adopt_groupkind", "adopt_managerid", "adopt_day")),
        Section("totals", "Totals", ReadOnly(
            "adopt_people", "adopt_active", "adopt_slipping", "adopt_inactive", "adopt_new", "adopt_onleave", "adopt_activepercent", "adopt_loggedlast7days")));

    /// <summary>Every form, ordered by path as the files are.</summary>
    public static ValueList<MainFormDefinition> All { get; } =
        [.. new[] { ActivitySignal, ActivityDay, AdoptionProfile, LeavePeriod, AdoptionSetting, Nudge, QuickWin, AdoptionSummary }.OrderBy(form => MainFormXml.RelativePathOf(form.TableSchemaName, form.Id), StringComparer.Ordinal)];

    private static MainFormDefinition Form(string table, string name, string description, params FormSection[] sections) => new()
    {
        Id = ContentIds.For($"form/{table}/main"),
        TableSchemaName = table,
        Name = name,
        Description = description,
        TabLabel = "General",
        Sections = sections.Select(section => section with { Fields = section.Fields.Select(field => Resolve(table, field)).ToValueList() }).ToValueList(),
    };

    private static FormSection Section(string name, string label, FormField[] fields) => new(name, label, [.. fields]);

    private static FormField[] ReadOnly(params string[] columns) => [.. columns.Select(column => new FormField(column, "", "", IsReadOnly: true))];

    private static FormField[] Editable(params string[] columns) => [.. columns.Select(column => new FormField(column, "", "", IsReadOnly: false))];

    // The label and control come from the column as the table defines it.
    private static FormField Resolve(string tableSchemaName, FormField field)
    {
        var table = ShippedTables.Definitions.Tables.Single(candidate => candidate.SchemaName == tableSchemaName);
        var column = table.FindColumn(field.Column) ?? throw new InvalidOperationException($"The {tableSchemaName} form shows {field.Column}, which the table does not have.");
        return field with { Label = column.DisplayName, ClassId = MainFormXml.ClassIdOf(column.Kind) };
    }
}
