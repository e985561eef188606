using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.FieldSecurity;

/// <summary>
/// The solution's column security: the one field security profile that opens the adoption profile columns
/// <see cref="Tables.CaptureTables"/> marks secured, and why those columns.
/// </summary>
/// <remarks>
/// <para>
/// Secured: a person's figures (<c>adopt_workingdays</c>, <c>adopt_activedays</c>, <c>adopt_sharepercent</c>) and the VIP flag
/// (<c>adopt_isvip</c>). The figures are what turns a list of people into a ranking: in a column they can be sorted, filtered,
/// charted and exported for a whole team at once, which is the league table works councils object to and the product promises
/// not to build (dataverse-facts 7.2). Who gets special care is sensitive in itself. A secured column comes back empty to
/// everyone outside a profile that grants Read, the row's own user included (dataverse-facts 7.1).
/// </para>
/// <para>
/// Not secured: the state and the verdict in words (<c>adopt_statereason</c>). People must be able to see why they or their
/// reports are judged as they are, and the reason names the figures behind one verdict ("activity on 3 of 20 working days"). So
/// field security does not hide a person's numbers from whoever may read their profile row; it keeps them out of sortable,
/// chartable columns. Row security (the roles, hierarchy security) still decides whose rows anyone reads. The alternate key
/// (<c>adopt_userid</c>) cannot be secured and is not. Nothing in the shipped views or charts uses a secured column.
/// </para>
/// <para>
/// One profile, "Adoption Figures": Read on the four columns, and Create and Update on the VIP flag only. An administrator adds
/// the adoption administrators to it, and managers only where the works council agrees. Field permissions add to the roles'
/// privileges, never replace them, so Update on the VIP flag lets only a role with Write on profiles (the Adoption
/// Administrator) change it, and the figures can be set by no one but the daily evaluation, which writes as SYSTEM. System
/// Administrators read and write every secured column through the platform's own profile.
/// </para>
/// </remarks>
public static class AdoptionFieldSecurity
{
    public const string ProfileTable = "adopt_adoptionprofile";

    public static FieldSecurityProfile Figures { get; } = new()
    {
        Id = ContentIds.For("fieldsecurityprofile/Adoption Figures"),
        Name = "Adoption Figures",
        Description = "Reads each person's working days, active days and share of active days, and whether they are a VIP; adoption administrators also set the VIP flag. Grant it to adoption administrators, and to managers only where your works council agrees.",
        Permissions =
        [
            ColumnRights.ReadOnly(ProfileTable, "adopt_workingdays"),
            ColumnRights.ReadOnly(ProfileTable, "adopt_activedays"),
            ColumnRights.ReadOnly(ProfileTable, "adopt_sharepercent"),
            ColumnRights.Full(ProfileTable, "adopt_isvip"),
        ],
    };

    /// <summary>Every profile the solution ships.</summary>
    public static ValueList<FieldSecurityProfile> All { get; } = [Figures];
}
